using System.Buffers;
using System.Text;
using Archive.Indexer.Analysis;

namespace Archive.Indexer.Search;

/// <summary>
/// A stored text as the folded analysis sees it (<see cref="VietnameseNormalizer"/>, then <see cref="VietnameseFolding"/>),
/// keeping each character's place in the original, so that a match found in the folded text can be marked in the
/// original accented one. Its characters are lent by the shared array pool (a hit's article can be thousands of
/// characters, folded for every snippet): dispose of it once read.
/// </summary>
internal readonly struct FoldedText : IDisposable
{
    // What only the normalizer handles: decomposed marks, the look-alike Ð (its lowercase ð), invisible characters.
    private static readonly SearchValues<char> NeedsNormalizer = SearchValues.Create(
        string.Concat(Enumerable.Range(0x0300, 0x70).Select(c => (char)c)) + "\u00D0\u00F0\u200B\u200C\u200D\uFEFF\u2060\u00AD");

    private readonly char[] buffer;
    private readonly List<int>? sources;
    private readonly int originalLength;

    private FoldedText(char[] buffer, int length, List<int>? sources, int originalLength)
    {
        this.buffer = buffer;
        Length = length;
        this.sources = sources;
        this.originalLength = originalLength;
    }

    /// <summary>The folded text: lowercase, no tones or vowel marks, đ → d.</summary>
    public ReadOnlySpan<char> Text => buffer.AsSpan(0, Length);

    public int Length { get; }

    /// <summary>
    /// The folded text of <paramref name="original"/>. Tone placement does not matter once tones are gone, so
    /// precomposed text is only lowercased and folded, character for character; anything else goes through the normalizer.
    /// </summary>
    public static FoldedText Of(string original)
    {
        if (original.AsSpan().IndexOfAny(NeedsNormalizer) < 0)
        {
            // Lowercase from the analysis's own table: the runtime's invariant lowercase asks ICU for any non-ASCII text.
            var lower = ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length));
            for (var i = 0; i < original.Length; i++) lower[i] = InvariantCase.Lower(original[i]);
            VietnameseFolding.Fold(lower, original.Length);
            return new FoldedText(lower, original.Length, null, original.Length);
        }
        var normalized = new StringBuilder(original.Length);
        var sources = new List<int>(original.Length);
        VietnameseNormalizer.Normalize(original, normalized, sources, lowercase: true);
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, normalized.Length));
        normalized.CopyTo(0, buffer, 0, normalized.Length);
        VietnameseFolding.Fold(buffer, normalized.Length);
        return new FoldedText(buffer, normalized.Length, sources, original.Length);
    }

    /// <summary>Where in the original the folded character at <paramref name="at"/> comes from (its length for the end).</summary>
    public int Original(int at) => at >= Length ? originalLength : sources is null ? at : sources[at];

    public void Dispose() => ArrayPool<char>.Shared.Return(buffer);
}
