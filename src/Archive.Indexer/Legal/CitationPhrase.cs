namespace Archive.Indexer.Legal;

/// <summary>An article, clause and point as cited; any may be null ("Điều 5", "khoản 2 Điều này").</summary>
internal readonly record struct ArticleLocator(string? Article, string? Clause, string? Point);

/// <summary>One document named in a citation phrase, with what was written after it.</summary>
internal sealed class CitedDocument
{
    public string? Kind { get; set; }
    public string? Symbol { get; set; }
    public string? Title { get; set; }
    public bool Self { get; set; }
    public DateOnly? Date { get; set; }
    public int? Year { get; set; }
    public string? Issuer { get; set; }

    /// <summary>The citing text's own title: its enacting formula ("Quốc hội ban hành Luật X.") or heading ("LUẬT" / "X").</summary>
    public bool OwnTitle { get; set; }

    /// <summary>Named inside an amending act's title ("Luật sửa đổi … của Luật X"): cited through that act.</summary>
    public bool NamedInTitle { get; set; }

    public int StartToken { get; set; }
    public int EndToken { get; set; }
}

/// <summary>
/// Locators followed by documents: "khoản 1, 2 Điều 15 Luật Đất đai", "các Nghị định số A và B",
/// or locators alone ("tại Điều 5"), which cite the text itself.
/// </summary>
internal sealed class CitationPhrase
{
    public required int StartToken { get; init; }
    public required int EndToken { get; init; }
    public required IReadOnlyList<ArticleLocator> Locators { get; init; }
    public required IReadOnlyList<CitedDocument> Documents { get; init; }

    /// <summary>A phrase that names only the citing text ("Nghị định này", bare "Điều 5") cannot be a trích yếu's subject.</summary>
    public bool CitesOnlyItself => Documents.Count == 0 || Documents.All(d => d.Self);
}
