using Archive.Api.Documents;
using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>The validity states of the national legal database that the archive can learn from its own documents.</summary>
public static class ValidityStates
{
    public const string InForce = "còn hiệu lực";
    public const string Expired = "hết hiệu lực toàn bộ";
    public const string PartlyExpired = "hết hiệu lực một phần";
    public const string Amended = "được sửa đổi, bổ sung";
}

/// <summary>A short reference to an archived document: enough to name it as "Quyết định số 7/2025/QĐ-UBND ngày 10/07/2025".</summary>
public sealed record DocumentLink(string Id, string? Number, string Title, string? Kind = null, DateOnly? IssuedOn = null)
{
    public static DocumentLink Of(DocumentRecord record) => new(record.Id, record.Number, record.Title, record.Kind, record.IssuedOn);
}

public sealed record ResolvedCitation(Citation Citation, DocumentRecord? Target);

/// <summary>A cited document the archive lacks, with the archived documents that cite it.</summary>
public sealed record UnresolvedTarget(string? Kind, string? Symbol, string? Title, DateOnly? Date, int CitingDocuments, IReadOnlyList<DocumentLink> Documents);
