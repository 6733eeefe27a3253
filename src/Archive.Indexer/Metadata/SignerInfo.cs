namespace Archive.Indexer.Metadata;

/// <summary>
/// Who signed, from the signature block at the end of a document.
/// </summary>
/// <param name="Name">The signer's name as printed under the signature: "Tô Thị Hiến".</param>
/// <param name="Position">The title line as printed, in capitals, spaces collapsed: "PHÓ CHỦ TỊCH", "CHỦ TỊCH";
/// null when the block gives none ("KT. CHỦ TỊCH" directly above the name). Kept as written rather than
/// re-cased, because re-casing Vietnamese titles ("Phó Chủ tịch", "Bí thư") needs rules that differ by title.</param>
/// <param name="Capacity">How the signer signs: "KT." (signing for the head), "TM." (on behalf of a collective body),
/// "TL." or "TUQ." (by delegation); null when the head signs in their own name.</param>
public sealed record SignerInfo(string Name, string? Position, string? Capacity);
