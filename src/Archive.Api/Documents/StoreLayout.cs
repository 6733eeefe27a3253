namespace Archive.Api.Documents;

/// <summary>
/// Every key the archive writes to the object store, in one place. The store is the system of record; the Lucene
/// index and everything kept in memory are derived from what is under these keys.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>documents/{id}/original</c>: the exact uploaded bytes (a later version's under
/// <c>versions/{n}/original</c>, with the text it had under <c>versions/{n}/text.txt</c> and, while it is being
/// written, <c>versions/{n}/claim.json</c>); <c>meta.json</c>: the <see cref="DocumentRecord"/>;
/// <c>text.txt</c>: the extracted text; <c>citations.json</c>: what it cites; <c>ocr/page-0001.json</c>: each
/// recognized page, so OCR resumes; <c>rendition.pdf</c>, <c>pages/{n}.png</c>: made once, for viewing.</item>
/// <item><c>processing/{id}.json</c>: a document being processed, with its attempts
/// (<see cref="Ingest.ProcessingAttempts"/>).</item>
/// <item><c>queue/{kind}/{id}.json</c>: background work waiting or running on a document
/// (<see cref="Ingest.IngestQueue"/>).</item>
/// <item><c>leases/{id}.json</c>: which instance works on a document's job now, until when (<see cref="Ingest.JobLeases"/>).</item>
/// <item><c>audit/{sequence:D12}.json</c>: the sealed audit trail, one object per entry.</item>
/// <item><c>changes/{sequence:D12}.json</c>: the change feed, one create-only entry per record written, which every
/// instance over the same store follows (<see cref="ChangeFeed"/>); trimmed by age and count, the oldest kept named
/// by <c>system/change-feed-start.json</c>.</item>
/// <item><c>system/users.json</c>: users and their hashed keys.</item>
/// </list>
/// </remarks>
public static class StoreLayout
{
    public const string Prefix = "documents/";
    public const string MetaFileName = "meta.json";

    /// <summary>Everything kept for one document (its folder): what destruction removes.</summary>
    public static string Document(string id) => $"{Prefix}{id}/";

    public static string Original(string id) => $"{Prefix}{id}/original";

    /// <summary>
    /// The original of one version of a document: the first stays at <see cref="Original(string)"/>, later ones have
    /// their own key, so no original is ever overwritten (object lock can keep each one).
    /// </summary>
    public static string Original(string id, int version) => version <= 1 ? Original(id) : $"{Prefix}{id}/versions/{version}/original";

    /// <summary>The original of the version <paramref name="record"/> describes now: what is read, searched and published.</summary>
    public static string OriginalOf(DocumentRecord record) => Original(record.Id, record.Version);

    /// <summary>
    /// Who is writing version <paramref name="version"/> of a document (<see cref="Records.VersionClaim"/>): taken
    /// create-only before that version's original is stored, so two uploads (in one instance or two) never write the
    /// same version's original; removed when the version is recorded.
    /// </summary>
    public static string VersionClaim(string id, int version) => $"{Prefix}{id}/versions/{version}/claim.json";

    /// <summary>The text of a version a newer one replaced, kept as it was (<see cref="Text"/> is the current version's).</summary>
    public static string VersionText(string id, int version) => $"{Prefix}{id}/versions/{version}/text.txt";
    public static string Meta(string id) => $"{Prefix}{id}/{MetaFileName}";

    /// <summary>The document whose record <paramref name="key"/> is (<see cref="Meta"/>); null for any other key.</summary>
    public static string? RecordId(string key) =>
        key.StartsWith(Prefix, StringComparison.Ordinal) && key.EndsWith("/" + MetaFileName, StringComparison.Ordinal)
        && key[Prefix.Length..^(MetaFileName.Length + 1)] is { Length: > 0 } id && !id.Contains('/') ? id : null;
    public static string Text(string id) => $"{Prefix}{id}/text.txt";

    /// <summary>The document's parts (articles, clauses, plan items) read from its text: derived, stamped with the parser's version.</summary>
    public static string Structure(string id) => $"{Prefix}{id}/structure.json";
    public static string Citations(string id) => $"{Prefix}{id}/citations.json";

    /// <summary>One recognized page of a scan (from 1), kept as soon as it is done.</summary>
    public static string OcrPage(string id, int page) => $"{OcrPages(id)}page-{page:D4}.json";

    /// <summary>The folder of a scan's recognized pages (<see cref="OcrPage"/>).</summary>
    public static string OcrPages(string id) => $"{Prefix}{id}/ocr/";

    /// <summary>A PDF rendition of a word-processor original (DOCX, DOC, RTF, ODT), made once by LibreOffice, for viewing.</summary>
    public static string Rendition(string id) => $"{Prefix}{id}/rendition.pdf";

    /// <summary>A small picture of one page (from 1), made once by pdftoppm, for document pages and results.</summary>
    public static string PagePicture(string id, int page) => $"{PagePictures(id)}{page}.png";

    /// <summary>The folder of a document's page pictures (<see cref="PagePicture"/>).</summary>
    public static string PagePictures(string id) => $"{Prefix}{id}/pages/";

    /// <summary>A document whose processing began and has not ended: how many attempts, and why the last one failed.</summary>
    public static string Processing(string id) => $"{ProcessingPrefix}{id}.json";
    public const string ProcessingPrefix = "processing/";

    /// <summary>A job of <paramref name="kind"/> (<see cref="Ingest.IngestJob"/>) on a document, kept until it is done.</summary>
    public static string Job(string kind, string id) => $"{JobPrefix}{kind}/{id}.json";
    public const string JobPrefix = "queue/";

    /// <summary>The lease of the instance that runs a job on the document now (one at a time over a shared store).</summary>
    public static string JobLease(string id) => $"{JobLeasePrefix}{id}.json";
    public const string JobLeasePrefix = "leases/";

    public const string AuditPrefix = "audit/";
    public static string AuditEntry(long sequence) => $"{AuditPrefix}{sequence:D12}.json";

    public const string ChangesPrefix = "changes/";
    public static string Change(long sequence) => $"{ChangesPrefix}{sequence:D12}.json";

    /// <summary>The oldest change-feed entry kept (older ones are trimmed): moved forward before entries are removed.</summary>
    public const string ChangeFeedStart = "system/change-feed-start.json";

    public const string Users = "system/users.json";

    /// <summary>The document id is the start of the SHA-256 of its bytes: the same bytes are the same document.</summary>
    public static string IdFor(string sha256Hex) => sha256Hex[..20];

    /// <summary>Ids are lowercase hex; anything else in a URL cannot name a document.</summary>
    public static bool IsWellFormedId(string id) => id.Length == 20 && id.All(char.IsAsciiHexDigitLower);
}
