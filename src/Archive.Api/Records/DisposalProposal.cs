namespace Archive.Api.Records;

/// <summary>
/// A proposal to destroy records whose retention has run out (danh mục tài liệu hết giá trị): made by one person,
/// carried out only when a different admin approves it with a reason. Kept in <c>disposal/proposals/{id}.json</c>.
/// Property names are part of the public contract (issue 16 "Shapes"): keep them.
/// </summary>
public sealed record DisposalProposal
{
    public const string Proposed = "proposed";
    /// <summary>Approved and being carried out; an interrupted run is finished by approving again.</summary>
    public const string CarryingOut = "carrying-out";
    public const string CarriedOut = "carried-out";

    public required string Id { get; init; }
    public IReadOnlyList<string> DossierIds { get; init; } = [];
    public IReadOnlyList<string> DocumentIds { get; init; } = [];
    public required string Reason { get; init; }
    public required string ProposedBy { get; init; }
    public required DateTimeOffset ProposedAt { get; init; }
    public string Status { get; init; } = Proposed;
    public string? ApprovedBy { get; init; }
    public string? ApprovalReason { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public DateTimeOffset? CarriedOutAt { get; init; }

    public static string Label(string status) => status switch
    {
        Proposed => "Chờ duyệt",
        CarryingOut => "Đang hủy",
        CarriedOut => "Đã hủy",
        _ => status,
    };
}
