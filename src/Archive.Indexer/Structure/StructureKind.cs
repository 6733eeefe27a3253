namespace Archive.Indexer.Structure;

/// <summary>
/// The parts Vietnamese legal and administrative texts are built of (Nghị định 30/2020/NĐ-CP; the national legal
/// database's layout): header and title, the legal bases, Phần / Chương / Mục / Điều / khoản / điểm in normative
/// texts, I. / 1. / 1.1. / a) in plans and reports, recipients, the signature block and appendices.
/// </summary>
public enum StructureKind
{
    /// <summary>The issuer, number, national motto, place and date lines above the title.</summary>
    Header,
    /// <summary>The kind in capitals and the trích yếu under it.</summary>
    Title,
    /// <summary>"Căn cứ …", "Theo đề nghị …" and the enacting sentence: everything before the first unit.</summary>
    Preamble,
    /// <summary>"Phần thứ nhất", "Phần I".</summary>
    Part,
    /// <summary>"Chương II".</summary>
    Chapter,
    /// <summary>"Mục 1" inside a chapter.</summary>
    Section,
    /// <summary>"Điều 15. Heading".</summary>
    Article,
    /// <summary>Khoản: "1." inside an article.</summary>
    Clause,
    /// <summary>Điểm: "a)" inside a clause or article.</summary>
    Point,
    /// <summary>A numbered heading of a plan or report: "I.", "1.", "1.1.", "1.1.1." (<see cref="StructureNode.Level"/> 1–4).</summary>
    Item,
    /// <summary>"Nơi nhận:" and its list.</summary>
    Recipients,
    /// <summary>"KT. CHỦ TỊCH", the title and the signer's name.</summary>
    Signature,
    /// <summary>"PHỤ LỤC I", or a regulation issued with the document ("QUY CHẾ … (Ban hành kèm theo …)").</summary>
    Appendix,
    /// <summary>All the text of a document without units (minutes, letters, notices) under its title.</summary>
    Body,
}
