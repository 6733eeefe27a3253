namespace Archive.Indexer.Metadata;

/// <summary>
/// What a document says about itself in its header and signature block; every field is null when the text
/// does not state it (never a guess from elsewhere in the body).
/// </summary>
/// <param name="Kind">Full Vietnamese kind: "Kế hoạch", "Quyết định", "Công văn", "Hương ước".</param>
/// <param name="Number">Canonical "Số, ký hiệu" (<see cref="Legal.DocumentSymbol.Canonical"/>): "32/KH-UBND", "851-QĐ/HU".</param>
/// <param name="Issuer">The issuing body as printed in the left column, spaces collapsed: "ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP", "SỞ TƯ PHÁP".</param>
/// <param name="Place">Where it was issued, from "Đình Lập, ngày …".</param>
/// <param name="IssuedOn">Issue date; null when the day was left blank on a draft.</param>
/// <param name="Title">The summary (trích yếu) under the kind line, wrapped lines joined; for a Công văn the "V/v …" line.</param>
/// <param name="Signer">From the signature block at the end.</param>
public sealed record HeaderMetadata(
    string? Kind,
    string? Number,
    string? Issuer,
    string? Place,
    DateOnly? IssuedOn,
    string? Title,
    SignerInfo? Signer)
{
    public static HeaderMetadata Empty { get; } = new(null, null, null, null, null, null, null);

    /// <summary>
    /// The header has a number label ("Số:") whose number could not be read: handwritten, or garbled by OCR. A number
    /// from elsewhere (<see cref="FileNameNumber"/>) may stand in for it.
    /// </summary>
    public bool NumberUnreadable { get; init; }
}
