namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>The converted text, the legacy encodings found in it, and how many lines were converted.</summary>
public sealed record LegacyConversion(string Text, IReadOnlyList<LegacyEncoding> EncodingsFound, int LinesConverted)
{
    public bool Changed => LinesConverted > 0;
}
