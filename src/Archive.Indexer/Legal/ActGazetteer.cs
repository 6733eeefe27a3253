using System.Globalization;
using Archive.Indexer.Analysis;

namespace Archive.Indexer.Legal;

/// <summary>
/// The Constitution, codes, laws and ordinances by name (<c>Legal/Data/acts.tsv</c>, every version with its symbol and
/// date, and where each batch of facts came from). The citation parser asks it where a title ends ("Luật Dân số số
/// 113/…", "Luật Hòa giải, đối thoại tại Tòa án ngày …" hold words that would end a title by rule); resolution asks it
/// which versions a title has ("Luật Quản lý thuế": 78/2006/QH11, 38/2019/QH14, …).
/// </summary>
/// <remarks>Titles compare word by word in <see cref="VietnameseNormalizer"/> form (any case, either tone-mark placement,
/// diacritics kept: "Luật Dược" is no "Luật được"), commas, dashes, slashes and brackets ignored. Immutable and thread-safe.</remarks>
public sealed class ActGazetteer
{
    private const string ResourceName = "Archive.Indexer.Legal.acts.tsv";

    private static readonly Lazy<ActGazetteer> Embedded = new(() =>
    {
        using var stream = typeof(ActGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    });

    private readonly Dictionary<string, TitleNode> roots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<KnownAct>> versions = new(StringComparer.Ordinal);

    private ActGazetteer(IReadOnlyList<KnownAct> acts)
    {
        Acts = acts;
        foreach (var act in acts)
        foreach (var words in TitleForms(act.Title))
        {
            var kindWords = act.Kind.Split(' ').Length;
            if (!roots.TryGetValue(act.Kind, out var node)) roots[act.Kind] = node = new TitleNode();
            foreach (var word in words.Skip(kindWords)) node = node.Child(word);
            node.IsTitle = true;
            var key = string.Join(' ', words);
            if (!versions.TryGetValue(key, out var list)) versions[key] = list = [];
            list.Add(act);
        }
        foreach (var list in versions.Values) list.Sort((a, b) => (b.Year ?? 0).CompareTo(a.Year ?? 0));
    }

    /// <summary>The acts of the embedded data file.</summary>
    public static ActGazetteer Default => Embedded.Value;

    /// <summary>No acts: titles are found by rule alone (a baseline for measuring what the data adds).</summary>
    public static ActGazetteer Empty { get; } = new([]);

    public IReadOnlyList<KnownAct> Acts { get; }

    /// <summary>Reads the data file's format: title, symbol, date, batch, tab-separated; '#' starts a comment.</summary>
    public static ActGazetteer Parse(string tsv)
    {
        var acts = new List<KnownAct>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 4) throw new FormatException($"Expected 4 tab-separated fields: {line}");
            var title = fields[0].Trim().Normalize(System.Text.NormalizationForm.FormC);
            var kind = CitationVocabulary.Kinds.Where(k => k.ByName && k.Name is not null)
                .Select(k => k.Name!).Where(name => title.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))
                .MaxBy(name => name.Length) ?? throw new FormatException($"A title must start with its kind: {title}");
            DateOnly? issued = fields[2].Length == 0 ? null : DateOnly.ParseExact(fields[2], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            acts.Add(new KnownAct(kind, title, fields[1].Length == 0 ? null : fields[1].Trim(), issued, fields[3].Trim()));
        }
        return new ActGazetteer(acts);
    }

    /// <summary>Every version of the act a title names, newest first; empty when the title is not known.</summary>
    public IReadOnlyList<KnownAct> Versions(string title) =>
        versions.TryGetValue(string.Join(' ', TitleWords(title)), out var list) ? list : [];

    /// <summary>
    /// The version a citation means: the one adopted in <paramref name="year"/> when the citation names a year or date;
    /// else the newest adopted on or before <paramref name="citedOn"/> (the citing document's date) when known; else
    /// the newest. Null when the title is not known.
    /// </summary>
    public KnownAct? Version(string title, int? year = null, DateOnly? citedOn = null)
    {
        var all = Versions(title);
        if (year is { } y) return all.FirstOrDefault(a => a.Year == y);
        if (citedOn is { } on) return all.FirstOrDefault(a => a.IssuedOn is { } issued ? issued <= on : a.Year <= on.Year);
        return all.FirstOrDefault();
    }

    /// <summary>The root of the titles of one kind ("Luật"), walked word by word by the parser; null when none.</summary>
    internal TitleNode? TitlesOf(string kind) => roots.GetValueOrDefault(kind);

    // A title closing on an abbreviation in brackets is often cited without it: "Luật Phòng, chống nhiễm vi rút gây ra
    // hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)".
    private static IEnumerable<string[]> TitleForms(string title)
    {
        yield return TitleWords(title);
        if (title.EndsWith(')') && title.LastIndexOf('(') is > 0 and var open) yield return TitleWords(title[..open]);
    }

    private static string[] TitleWords(string title) =>
        title.Split([' ', ',', '-', '–', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries).Select(WordKey).ToArray();

    /// <summary>How a title's word is compared: normalized, lower case, diacritics kept.</summary>
    internal static string WordKey(string word) => VietnameseNormalizer.Normalize(SymbolText.Repair(word));

    /// <summary>A node of the title trie: the words after the kind word, as <see cref="WordKey"/> gives them.</summary>
    internal sealed class TitleNode
    {
        private readonly Dictionary<string, TitleNode> children = new(StringComparer.Ordinal);

        public bool IsTitle { get; set; }

        public TitleNode? Next(string word) => children.GetValueOrDefault(word);

        public TitleNode Child(string word) => children.TryGetValue(word, out var child) ? child : children[word] = new TitleNode();
    }
}
