namespace Archive.Api.Citations;

/// <summary>
/// One document related to another, once however often it is cited: the archived record (null when the archive lacks
/// it), how the citing text names it, which of its parts are cited, and its validity.
/// </summary>
/// <param name="Name">"Nghị định số 59/2023/NĐ-CP", "Luật Đất đai": the record's, else as the text writes it.</param>
/// <param name="Cited">How the citing text names it (for what a document cites; null for what cites it).</param>
/// <param name="Locators">The parts cited, "Điều 5, khoản 2 Điều 7"; null when only the whole document is.</param>
/// <param name="Status">Its validity, null when unknown or when its kind has none.</param>
public sealed record RelatedDocument(
    string Name,
    DocumentLink? Archived,
    CitedAs? Cited,
    string? Locators,
    string? Status,
    DocumentLink? StatusSource)
{
    /// <summary>Where on the related document's page the first cited part is ("dieu-15-khoan-1"); null for a whole document.</summary>
    public string? Anchor { get; init; }
}
