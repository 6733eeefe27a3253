namespace Archive.Indexer.Extraction;

public enum TextStatus
{
    /// <summary>Text was found.</summary>
    Ok,

    /// <summary>The file was read but holds no text (a scan, an empty document).</summary>
    Empty,

    /// <summary>The file could not be read (corrupt, encrypted, unsupported); see <see cref="ExtractedText.Error"/>.</summary>
    Failed,
}
