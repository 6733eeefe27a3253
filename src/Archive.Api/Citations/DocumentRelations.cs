namespace Archive.Api.Citations;

/// <summary>
/// A document among the others, as the national legal database's "lược đồ" shows it: what it cites (its bases, what it
/// guides, amends, replaces, repeals or mentions) and what cites it, grouped by relation, each document once.
/// </summary>
/// <param name="Status">Its own validity (null for kinds that have none: minutes, plans, reports).</param>
public sealed record DocumentRelations(
    DocumentLink Document,
    string? Status,
    DocumentLink? StatusSource,
    IReadOnlyList<RelationGroup> Cites,
    IReadOnlyList<RelationGroup> CitedBy);
