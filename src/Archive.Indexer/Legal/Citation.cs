namespace Archive.Indexer.Legal;

/// <summary>
/// One cited document, or one cited article, clause or point of it: "khoản 1, 2 Điều 15 Luật Đất đai"
/// gives two citations (clause 1 and clause 2, article 15).
/// </summary>
/// <remarks>
/// A document is identified by <see cref="Symbol"/> when a number is written, else by <see cref="Title"/>
/// (laws, codes, ordinances and the constitution cited by name), else it is the citing text itself
/// (<see cref="Self"/>: "Luật này", "Điều 5 của Nghị định này", or a bare "khoản 2 Điều 5").
/// </remarks>
public sealed record Citation
{
    /// <summary>Offset of the first character in the extracted text (the locator, or the kind word).</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the citation, including its date and issuer when written.</summary>
    public required int End { get; init; }

    public required string Text { get; init; }

    /// <summary>Full Vietnamese kind: "Nghị định", "Luật", "Công văn"…; null for a bare "Điều 5" or an unknown kind.</summary>
    public string? Kind { get; init; }

    /// <summary>
    /// <see cref="DocumentSymbol.Canonical"/>; for "Nghị định 59/2023" the full "59/2023/NĐ-CP" (every decree
    /// is the Government's), for other partial numbers just "number/year".
    /// </summary>
    public string? Symbol { get; init; }

    /// <summary>The name of a law cited by name, kind word included, date and number excluded: "Luật Đất đai".</summary>
    public string? Title { get; init; }

    public bool Self { get; init; }

    /// <summary>
    /// The citing document's own title: its enacting formula ("Quốc hội ban hành Luật Thanh tra.") or its heading
    /// ("LUẬT" / "THANH TRA" opening lines). Kept as a citation by title (that is how the text names it) but never a
    /// link to another document.
    /// </summary>
    public bool OwnTitle { get; init; }

    public string? Article { get; init; }

    public string? Clause { get; init; }

    public string? Point { get; init; }

    /// <summary>The issuing date written after the citation ("ngày 14/8/2023", "ngày 14 tháng 8 năm 2023").</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The year of <see cref="Date"/>, or of "năm 2015" in "Bộ luật Dân sự năm 2015", or of the symbol.</summary>
    public int? Year { get; init; }

    /// <summary>The issuer as written after "của": "Chính phủ", "UBND tỉnh Lạng Sơn", "Bộ Chính trị".</summary>
    public string? Issuer { get; init; }

    public CitationRelation Relation { get; init; }
}
