using Archive.Indexer.Legal;

namespace Archive.Api.Citations;

/// <summary>
/// The relations in the order pages list them (căn cứ, hướng dẫn, sửa đổi/bổ sung, thay thế, bãi bỏ, dẫn chiếu), their
/// names as the national legal database words them, seen from either end, and which one names a pair of documents
/// that are related in several ways.
/// </summary>
public static class RelationLabels
{
    public static IReadOnlyList<CitationRelation> Order { get; } =
    [
        CitationRelation.Basis, CitationRelation.Guides, CitationRelation.Amends,
        CitationRelation.Replaces, CitationRelation.Repeals, CitationRelation.Refers,
    ];

    /// <summary>What the document does to the ones it cites.</summary>
    public static string Cites(CitationRelation relation) => relation switch
    {
        CitationRelation.Basis => "Văn bản căn cứ",
        CitationRelation.Guides => "Văn bản được hướng dẫn",
        CitationRelation.Amends => "Văn bản được sửa đổi, bổ sung",
        CitationRelation.Replaces => "Văn bản bị thay thế",
        CitationRelation.Repeals => "Văn bản bị bãi bỏ",
        _ => "Văn bản được dẫn chiếu",
    };

    /// <summary>What the citing documents do to this one.</summary>
    public static string CitedBy(CitationRelation relation) => relation switch
    {
        CitationRelation.Basis => "Văn bản lấy văn bản này làm căn cứ",
        CitationRelation.Guides => "Văn bản hướng dẫn",
        CitationRelation.Amends => "Văn bản sửa đổi, bổ sung",
        CitationRelation.Replaces => "Văn bản thay thế",
        CitationRelation.Repeals => "Văn bản bãi bỏ",
        _ => "Văn bản dẫn chiếu đến văn bản này",
    };

    /// <summary>
    /// A document cited as a basis and again for one article is shown once, under what matters most to its validity
    /// and use: replaces, repeals, amends, guides, basis, mention.
    /// </summary>
    public static int Weight(CitationRelation relation) => relation switch
    {
        CitationRelation.Replaces => 6,
        CitationRelation.Repeals => 5,
        CitationRelation.Amends => 4,
        CitationRelation.Guides => 3,
        CitationRelation.Basis => 2,
        _ => 1,
    };
}
