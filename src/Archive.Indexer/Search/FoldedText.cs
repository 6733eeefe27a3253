using System.Buffers;
using System.Text;
using Archive.Indexer.Analysis;

namespace Archive.Indexer.Search;

/// <summary>
/// A stored text as the folded analysis sees it (<see cref="VietnameseNormalizer"/>, then <see cref="VietnameseFolding"/>),
/// keeping each character's place in the original, so that a match found in the folded text can be marked in the
/// original accented one.
/// </summary>
internal readonly struct FoldedText
{
    // What only the normalizer handles: decomposed marks, the look-alike Ð (its lowercase ð), invisible characters.
    private static readonly SearchValues<char> NeedsNormalizer = SearchValues.Create(
        string.Concat(Enumerable.Range(0x0300, 0x70).Select(c => (char)c)) + "\u00D0\u00F0\u200B\u200C\u200D\uFEFF\u2060\u00AD");

    private readonly List<int>? sources;
    private readonly int originalLength;

    private FoldedText(string text, List<int>? sources, int originalLength)
    {
        Text = text;
        this.sources = sources;
        this.originalLength = originalLength;
    }

    /// <summary>The folded text: lowercase, no tones or vowel marks, đ → d.</summary>
    public string Text { get; }

    /// <summary>
    /// The folded text of <paramref name="original"/>. Tone placement does not matter once tones are gone, so
    /// precomposed text is only lowercased and folded, character for character; anything else goes through the normalizer.
    /// </summary>
    public static FoldedText Of(string original)
    {
        if (original.AsSpan().IndexOfAny(NeedsNormalizer) < 0)
        {
            var lower = original.ToLowerInvariant().ToCharArray();
            VietnameseFolding.Fold(lower, lower.Length);
            return new FoldedText(new string(lower), null, original.Length);
        }
        var normalized = new StringBuilder(original.Length);
        var sources = new List<int>(original.Length);
        VietnameseNormalizer.Normalize(original, normalized, sources, lowercase: true);
        var buffer = new char[normalized.Length];
        normalized.CopyTo(0, buffer, 0, buffer.Length);
        VietnameseFolding.Fold(buffer, buffer.Length);
        return new FoldedText(new string(buffer), sources, original.Length);
    }

    /// <summary>Where in the original the folded character at <paramref name="at"/> comes from (its length for the end).</summary>
    public int Original(int at) => at >= Text.Length ? originalLength : sources is null ? at : sources[at];
}
