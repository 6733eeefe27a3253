namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>The converted text, the legacy encodings found in it, and how many lines were converted.</summary>
public sealed record LegacyConversion(string Text, IReadOnlyList<LegacyEncoding> EncodingsFound, int LinesConverted)
{
    public bool Changed => LinesConverted > 0;

    /// <summary>
    /// The whole text's verdict over the lines left as they were (no line alone was convincing): what a reader would
    /// still see as legacy-encoded text, for <see cref="Quality.TextQuality"/>. Lines without a character any legacy
    /// encoding uses carry no evidence and are not counted.
    /// </summary>
    public LegacyDetection LegacyLeft { get; init; } = LegacyDetection.None;
}
