using Archive.Api.Documents;
using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// What one archived document says of another's validity: it replaces it or repeals it as a whole (hết hiệu lực toàn
/// bộ), repeals an article of it (một phần), or amends it. The strongest statement wins; between equals, the latest.
/// </summary>
public sealed record ValidityStatement(string Status, int Rank, DocumentRecord Source)
{
    /// <summary>
    /// The statement <paramref name="citation"/> makes of <paramref name="target"/>, or null when it says nothing of
    /// validity. Only a document that can change the law speaks (a normative kind, or an unknown one): a report or a
    /// plan that mentions a repeal repeals nothing, and neither does a document below the target's rank (<see cref="LegalRank"/>).
    /// </summary>
    public static ValidityStatement? From(Citation citation, DocumentRecord source, DocumentRecord target)
    {
        if (citation.Self || citation.OwnTitle || DocumentKinds.HasLegalValidity(source.Kind) == false) return null;
        if (!LegalRank.MayChange(source, target)) return null;
        (int Rank, string Status)? effect = citation.Relation switch
        {
            CitationRelation.Replaces => (3, ValidityStates.Expired),
            CitationRelation.Repeals when citation.Article is null => (3, ValidityStates.Expired),
            CitationRelation.Repeals => (2, ValidityStates.PartlyExpired),
            CitationRelation.Amends => (1, ValidityStates.Amended),
            _ => null,
        };
        return effect is { } e ? new ValidityStatement(e.Status, e.Rank, source) : null;
    }

    /// <summary>Whether a relation can say anything of validity at all (checked before a target is looked up).</summary>
    public static bool Speaks(CitationRelation relation) =>
        relation is CitationRelation.Replaces or CitationRelation.Repeals or CitationRelation.Amends;

    public bool Outranks(ValidityStatement? other)
    {
        if (other is null) return true;
        if (Rank != other.Rank) return Rank > other.Rank;
        var byDate = Comparer<DateOnly?>.Default.Compare(Source.IssuedOn, other.Source.IssuedOn);
        return byDate != 0 ? byDate > 0 : string.CompareOrdinal(Source.Id, other.Source.Id) > 0;
    }
}
