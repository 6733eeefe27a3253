namespace Archive.Indexer.Extraction;

/// <summary>What the bytes of an upload turned out to be: its MIME type and the extension to store it under.</summary>
/// <param name="ContentType">For example "application/pdf" or "text/plain; charset=utf-8".</param>
/// <param name="Extension">With the dot, lower case: ".pdf", ".docx", ".txt".</param>
public sealed record SniffedContent(string ContentType, string Extension);
