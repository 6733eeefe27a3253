using System.Text.Json.Serialization;

namespace Archive.Api.Records;

/// <summary>
/// A dossier (hồ sơ) as the API shows it and as <c>dossiers/{id}.json</c> keeps it in the store: the
/// documents of one piece of work, with its code (ký hiệu hồ sơ), year, unit, responsible person and
/// retention period. Property names are part of the public contract (issue 16 "Shapes"): keep them.
/// </summary>
public sealed record Dossier
{
    public required string Id { get; init; }
    /// <summary>Ký hiệu hồ sơ as the yearly list (danh mục hồ sơ) gives it, e.g. "01.KH".</summary>
    public required string Code { get; init; }
    public required string Title { get; init; }
    /// <summary>The year the work ended; the retention period counts from 1 January of the next year.</summary>
    public required int Year { get; init; }
    public required RetentionPeriod Retention { get; init; }
    /// <summary>Đơn vị (phòng, ban) that keeps the dossier.</summary>
    public string? Unit { get; init; }
    /// <summary>Người lập hồ sơ.</summary>
    public string? Responsible { get; init; }
    public string Status { get; init; } = DossierStatuses.Open;
    public IReadOnlyList<string> DocumentIds { get; init; } = [];
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public IReadOnlyList<DossierEvent> History { get; init; } = [];

    /// <summary>First day it may be destroyed (null for "vĩnh viễn"); computed, never stored as a fact of its own.</summary>
    public DateOnly? DisposalDate => Retention.DisposalDate(Year);

    [JsonIgnore]
    public bool IsClosed => Status == DossierStatuses.Closed;
}
