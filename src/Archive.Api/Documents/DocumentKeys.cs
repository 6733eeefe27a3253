namespace Archive.Api.Documents;

/// <summary>
/// Where a document's parts live in the object store: <c>documents/{id}/original</c> (the exact
/// uploaded bytes), <c>meta.json</c> (<see cref="DocumentRecord"/>), <c>text.txt</c> (extracted text), and
/// what is derived for reading and viewing: <c>structure.json</c>, <c>rendition.pdf</c> and <c>pages/{n}.png</c>.
/// </summary>
public static class DocumentKeys
{
    public const string Prefix = "documents/";
    public const string MetaFileName = "meta.json";

    public static string Original(string id) => $"{Prefix}{id}/original";
    public static string Meta(string id) => $"{Prefix}{id}/{MetaFileName}";
    public static string Text(string id) => $"{Prefix}{id}/text.txt";

    /// <summary>The document's parts (articles, clauses, plan items) read from its text: derived, stamped with the parser's version.</summary>
    public static string Structure(string id) => $"{Prefix}{id}/structure.json";

    /// <summary>A PDF rendition of a word-processor original (DOCX, DOC, RTF, ODT), made once by LibreOffice, for viewing.</summary>
    public static string Rendition(string id) => $"{Prefix}{id}/rendition.pdf";

    /// <summary>A small picture of one page (from 1), made once by pdftoppm, for document pages and results.</summary>
    public static string PagePicture(string id, int page) => $"{Prefix}{id}/pages/{page}.png";

    /// <summary>The document id is the start of the SHA-256 of its bytes: the same bytes are the same document.</summary>
    public static string IdFor(string sha256Hex) => sha256Hex[..20];

    /// <summary>Ids are lowercase hex; anything else in a URL cannot name a document.</summary>
    public static bool IsWellFormedId(string id) => id.Length == 20 && id.All(char.IsAsciiHexDigitLower);
}
