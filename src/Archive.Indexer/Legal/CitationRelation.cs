namespace Archive.Indexer.Legal;

/// <summary>What the citing text does to the cited document, as stated in the text around the citation.</summary>
public enum CitationRelation
{
    /// <summary>Any other mention ("theo quy định tại …", "thực hiện nghiêm Chỉ thị …").</summary>
    Refers,

    /// <summary>A legal basis: "Căn cứ …", or a preamble opening "Thực hiện Luật …; Nghị định …".</summary>
    Basis,

    /// <summary>"sửa đổi, bổ sung (một số điều của) …", "… được sửa đổi, bổ sung như sau".</summary>
    Amends,

    /// <summary>"thay thế …".</summary>
    Replaces,

    /// <summary>"bãi bỏ …", "… hết hiệu lực", "… bị bãi bỏ".</summary>
    Repeals,

    /// <summary>"quy định chi tiết …", "hướng dẫn (thi hành) …".</summary>
    Guides,
}
