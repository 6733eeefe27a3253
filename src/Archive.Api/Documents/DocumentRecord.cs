using Archive.Indexer.Extraction;
using Archive.Indexer.Metadata;

namespace Archive.Api.Documents;

/// <summary>
/// One archived document as the API shows it and as its <c>meta.json</c> keeps it in the store
/// (the system of record). Property names are part of the public contract: keep them.
/// </summary>
public sealed record DocumentRecord
{
    public required string Id { get; init; }
    public required string Sha256 { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required long Size { get; init; }
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public string? Number { get; init; }
    public DateOnly? IssuedOn { get; init; }
    public string? Issuer { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>
    /// Which version of the document this record describes: 1 for the first upload, one more for each new version
    /// (<c>POST /api/documents/{id}/versions</c>). <see cref="Sha256"/>, <see cref="FileName"/>, <see cref="ContentType"/>,
    /// <see cref="Size"/> and the text are the current version's; earlier ones are in <see cref="FormerVersions"/>.
    /// </summary>
    public int Version { get; init; } = 1;

    /// <summary>When the current version was uploaded; null for the first version (then it is <see cref="CreatedAt"/>).</summary>
    public DateTimeOffset? VersionUploadedAt { get; init; }

    /// <summary>Who uploaded the current version (the user name); null when not recorded (records from before).</summary>
    public string? UploadedBy { get; init; }

    /// <summary>The versions the current one replaced, oldest first; empty for a document uploaded once.</summary>
    public IReadOnlyList<DocumentVersion> FormerVersions { get; init; } = [];

    /// <summary>"pending" (stored, not yet extracted), "ok", "empty" or "failed".</summary>
    public string TextStatus { get; init; } = TextStatuses.Pending;
    public string? TextError { get; init; }
    public int? PageCount { get; init; }
    public string Visibility { get; init; } = "internal";
    /// <summary>When the document was (last) put on the public site; null while internal.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>When a person last corrected its metadata or another document changed its validity; null before.</summary>
    public DateTimeOffset? ChangedAt { get; init; }

    /// <summary>The time of the last change readers can see: upload, new version, publication, correction or validity.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset LastChange =>
        new[] { CreatedAt, PublishedAt ?? CreatedAt, ChangedAt ?? CreatedAt, VersionUploadedAt ?? CreatedAt }.Max();

    /// <summary>
    /// Its address on the public site (<c>/van-ban/{address}</c>), given when first published and kept (see
    /// <see cref="PublicAddresses"/>); null for a document never published.
    /// </summary>
    public string? PublicAddress { get; init; }

    /// <summary>Addresses it had before its number was corrected: they redirect to <see cref="PublicAddress"/>.</summary>
    public IReadOnlyList<string> FormerAddresses { get; init; } = [];

    /// <summary>
    /// Legal validity as stated by other archived documents ("còn hiệu lực" until one replaces, repeals or
    /// amends it: see <see cref="Citations.ValidityStates"/>), and the document that said so. Null for kinds that
    /// have no legal validity (minutes, plans, reports: see <see cref="Citations.LegalValidity"/>) and while unknown.
    /// </summary>
    public string? Status { get; init; }
    public Citations.DocumentLink? StatusSource { get; init; }

    /// <summary>
    /// Where each metadata field came from: "provided" (by a person; always wins), "extracted" (from the text) or, for
    /// the number only, "fileName" (the text's number was unreadable; the file's name carried it).
    /// </summary>
    public IReadOnlyDictionary<string, string> FieldSources { get; init; } = new Dictionary<string, string>();

    /// <summary>Place of issue from the header ("Đình Lập").</summary>
    public string? Place { get; init; }

    /// <summary>Who signed, from the signature block.</summary>
    public SignerInfo? Signer { get; init; }

    /// <summary>For minutes (biên bản): the meeting as recorded.</summary>
    public MeetingRecord? Meeting { get; init; }

    /// <summary>"text" (a text layer or file), "ocr" (recognized from images) or "ocr+text" (both, page by page).</summary>
    public string? TextSource { get; init; }

    /// <summary>Legacy encodings converted to Unicode in the text ("tcvn3", "vni", "viqr"); empty when none.</summary>
    public IReadOnlyList<string> TextConversions { get; init; } = [];

    /// <summary>Why the text may be unreliable (Vietnamese, for staff): legacy encoding, too many non-syllables, low OCR confidence.</summary>
    public IReadOnlyList<string> TextWarnings { get; init; } = [];

    /// <summary>
    /// For PDFs, per page: which reading was kept ("pdfpig", "poppler", "ocr"), the share of its words that are
    /// Vietnamese syllables, and why; null for other formats and before extraction.
    /// </summary>
    public IReadOnlyList<PageSource>? Pages { get; init; }

    /// <summary>OCR progress and quality, for scanned documents and images.</summary>
    public OcrState? Ocr { get; init; }
}

/// <summary>OCR of a document: pages done of those to recognize, per-page confidence, pages staff should check.</summary>
public sealed record OcrState(
    int PagesTotal,
    int PagesDone,
    double? MeanConfidence = null,
    IReadOnlyList<OcrPageConfidence>? Pages = null,
    IReadOnlyList<int>? LowConfidencePages = null,
    IReadOnlyList<int>? FailedPages = null);

public sealed record OcrPageConfidence(int Page, double Confidence);

public static class FieldSourceKinds
{
    public const string Provided = "provided";
    public const string Extracted = "extracted";

    /// <summary>Read from the uploaded file's name, where the text's own number could not be read (a handwritten number on a scan).</summary>
    public const string FileName = "fileName";
}

public static class TextStatuses
{
    public const string Pending = "pending";
    public const string Ok = "ok";
    public const string Empty = "empty";
    public const string Failed = "failed";
}
