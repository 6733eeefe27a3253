namespace Archive.Api.Originals;

/// <summary>Bytes a browser can show for a document (its original, or its PDF rendition), with their type and a file name.</summary>
public sealed record OriginalView(Stream Content, string ContentType, string FileName);
