using System.Globalization;
using System.Text;

namespace Archive.Api.Documents;

/// <summary>
/// A published document's readable address on the public site (<c>/van-ban/59-2023-nd-cp</c>): made from its
/// number ("59/2023/NĐ-CP" → <c>59-2023-nd-cp</c>), from its id when it has none, with the id appended when
/// another document holds the address already. Given once, when the document is first published, and kept in
/// its record; a corrected number gives a new address and the old one keeps answering (a redirect).
/// </summary>
public static class PublicAddresses
{
    /// <summary>Lowercase ASCII letters and digits joined by '-', diacritics and đ folded; null when nothing is left.</summary>
    public static string? FromNumber(string? number)
    {
        if (string.IsNullOrWhiteSpace(number)) return null;
        var slug = new StringBuilder();
        foreach (var c in number.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var folded = c is 'đ' or 'Đ' or 'Ð' ? 'd' : char.ToLowerInvariant(c);
            if (char.IsAsciiLetterOrDigit(folded)) slug.Append(folded);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The address <paramref name="record"/> is given now: from its number (or id), unless another document holds it
    /// or has just taken it (<see cref="PublicAddressBook.TryTake"/>: as its address, a former one, or one being written).
    /// </summary>
    public static string Choose(DocumentRecord record, PublicAddressBook book)
    {
        var wanted = FromNumber(record.Number) ?? record.Id;
        return book.TryTake(wanted, record.Id) ? wanted : $"{wanted}-{record.Id}";
    }

    /// <summary>
    /// <paramref name="corrected"/> with the address its new number calls for, the previous one kept among its
    /// former addresses. Documents never published have no address yet and are returned as they are.
    /// </summary>
    public static DocumentRecord Follow(DocumentRecord before, DocumentRecord corrected, PublicAddressBook book)
    {
        var current = before.PublicAddress
            ?? (before.Visibility == Visibilities.Published ? book.AddressOf(before.Id) ?? FromNumber(before.Number) ?? before.Id : null);
        if (current is null || before.Number == corrected.Number) return corrected;
        var next = Choose(corrected with { PublicAddress = null }, book);
        if (next == current) return corrected with { PublicAddress = current };
        return corrected with
        {
            PublicAddress = next,
            FormerAddresses = corrected.FormerAddresses.Append(current).Where(a => a != next).Distinct(StringComparer.Ordinal).ToList(),
        };
    }
}
