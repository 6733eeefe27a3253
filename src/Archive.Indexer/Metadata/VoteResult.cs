namespace Archive.Indexer.Metadata;

/// <summary>
/// One vote recorded in minutes: "tán thành 24/25, không tán thành 1/25, ý kiến khác: 0".
/// </summary>
/// <param name="Subject">What was voted on when the same or the previous sentence says it: "mức đóng góp xây dựng nhà văn hóa".</param>
/// <param name="Total">The denominator written with a count ("24/25") or "tổng số phiếu".</param>
/// <param name="ForPercent">"100% đại biểu nhất trí": the share in favour as written. For 100% with a known head count,
/// <paramref name="For"/> and <paramref name="Total"/> are that count and <paramref name="Against"/> is 0.</param>
public sealed record VoteResult(string? Subject, int? For, int? Against, int? Abstain, int? Total, int? ForPercent = null);
