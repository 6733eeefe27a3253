namespace Archive.Api.Documents;

/// <summary>
/// Where a document's parts live in the object store: <c>documents/{id}/original</c> (the exact
/// uploaded bytes), <c>meta.json</c> (<see cref="DocumentRecord"/>) and <c>text.txt</c> (extracted text).
/// </summary>
public static class DocumentKeys
{
    public const string Prefix = "documents/";
    public const string MetaFileName = "meta.json";

    public static string Original(string id) => $"{Prefix}{id}/original";
    public static string Meta(string id) => $"{Prefix}{id}/{MetaFileName}";
    public static string Text(string id) => $"{Prefix}{id}/text.txt";

    /// <summary>The document id is the start of the SHA-256 of its bytes: the same bytes are the same document.</summary>
    public static string IdFor(string sha256Hex) => sha256Hex[..20];

    /// <summary>Ids are lowercase hex; anything else in a URL cannot name a document.</summary>
    public static bool IsWellFormedId(string id) => id.Length == 20 && id.All(char.IsAsciiHexDigitLower);
}
