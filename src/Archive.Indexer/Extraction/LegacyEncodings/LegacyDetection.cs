namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// The encoding a text appears to be in. <paramref name="Confidence"/> is the share (0..1) of the words
/// the decoding changes that become Vietnamese syllables; 0 when <paramref name="Encoding"/> is None.
/// </summary>
public readonly record struct LegacyDetection(LegacyEncoding Encoding, double Confidence)
{
    public static LegacyDetection None => new(LegacyEncoding.None, 0);
}
