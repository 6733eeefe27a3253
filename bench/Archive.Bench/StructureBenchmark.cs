using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Indexer.Structure;

namespace Archive.Bench;

/// <summary>
/// How well the structure parser finds the articles of the real legal corpus (the corpus's own article lists are
/// the gold: number and title), for full texts and pdftotext gazette texts, beside the old passage splitter's
/// article lines in the same run; or the outline of one text file (<c>structure FILE</c>).
/// </summary>
/// <remarks>
/// The baseline is the old passage splitter's rule, every line opening "Điều N." (passages are now cut along the
/// parsed structure, so the splitter is no longer a baseline of its own).
/// </remarks>
public sealed partial class StructureBenchmark : IBenchmark
{
    public string Name => "structure";

    public string Description => "articles found in the legal corpus (recall, titles) vs plain 'Điều N.' lines; or FILE's outline";

    public Task RunAsync(string[] args)
    {
        if (args.Length > 0 && File.Exists(args[0]))
        {
            Print(StructureParser.Parse(File.ReadAllText(args[0])));
            return Task.CompletedTask;
        }
        var folder = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : FindCorpus();
        var byForm = new Dictionary<string, (int Docs, int Gold, int Found, int Titles, int Extra, int Baseline)>();
        foreach (var file in Directory.GetFiles(folder, "legal_docs*.jsonl").Order())
        {
            foreach (var line in File.ReadLines(file))
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var form = root.GetProperty("text_form").GetString()!;
                if (form == "phapdien_articles") continue;
                var text = root.GetProperty("text").GetString()!;
                var gold = root.GetProperty("articles").EnumerateArray()
                    .Select(a => (No: a.GetProperty("no").ToString(), Title: a.TryGetProperty("title", out var t) ? t.GetString() ?? "" : ""))
                    .ToList();
                var parsed = StructureParser.Parse(text).Articles().ToList();
                var found = parsed.Select(a => a.Number).ToHashSet();
                var titles = parsed.GroupBy(a => a.Number!).ToDictionary(g => g.Key, g => g.First().Heading ?? "");
                var baseline = ArticleLine().Matches(text).Select(m => m.Groups["n"].Value).ToHashSet();
                var s = byForm.GetValueOrDefault(form);
                s.Docs++;
                s.Gold += gold.Count;
                s.Found += gold.Count(g => found.Contains(g.No));
                s.Titles += gold.Count(g => titles.TryGetValue(g.No, out var h) && Same(h, g.Title));
                if (args.Contains("--misses"))
                    foreach (var g in gold.Where(g => form == "full_text_pdftotext" && !(titles.TryGetValue(g.No, out var h) && Same(h, g.Title))).Take(3))
                        Console.WriteLine($"{root.GetProperty("id").GetString()} Điều {g.No}: gold «{g.Title}» parsed «{titles.GetValueOrDefault(g.No)}»");
                s.Extra += Math.Max(0, parsed.Count - gold.Count);
                s.Baseline += gold.Count(g => baseline.Contains(g.No));
                byForm[form] = s;
            }
        }
        Console.WriteLine($"{"text form",-22} {"docs",5} {"articles",8} {"found",7} {"title",7} {"extra",6}  'Điều N.' lines");
        foreach (var (form, s) in byForm.OrderBy(p => p.Key))
            Console.WriteLine($"{form,-22} {s.Docs,5} {s.Gold,8} {Share(s.Found, s.Gold),7} {Share(s.Titles, s.Gold),7} {s.Extra,6}   {Share(s.Baseline, s.Gold),7}");
        return Task.CompletedTask;
    }

    // The corpus's own titles stop at the first line end of a wrapped heading: a heading that starts with them agrees.
    private static bool Same(string parsed, string gold) => Normalize(parsed).StartsWith(Normalize(gold), StringComparison.Ordinal);

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ' ').ToLowerInvariant();

    [GeneratedRegex(@"^[ \t\f]*Điều[ \t]+(?<n>\d{1,3}[a-zđ]?)[ \t]*[.:\-–]", RegexOptions.Multiline)]
    private static partial Regex ArticleLine();

    private static string Share(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F1}%";

    private static void Print(DocumentStructure structure)
    {
        void Walk(StructureNode node, int depth)
        {
            var paragraphs = node.Paragraphs.Count == 0 ? "" : $" [{node.Paragraphs.Count} ¶: {Cut(node.Paragraphs[0])}]";
            Console.WriteLine($"{new string(' ', depth * 2)}{node.Kind} {node.Label} #{node.Anchor} p{node.Page} — {Cut(node.Heading ?? "")}{paragraphs}");
            foreach (var child in node.Children) Walk(child, depth + 1);
        }
        foreach (var part in structure.Parts) Walk(part, 0);
        for (var i = 0; i < structure.Footnotes.Count; i++) Console.WriteLine($"footnote {i + 1}: {Cut(structure.Footnotes[i])}");
    }

    private static string Cut(string s) => s.Length <= 90 ? s : s[..90] + "…";

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "legal-corpus");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("../shared/data/legal-corpus was not found; pass its path.");
    }
}
