using System.Globalization;
using System.Text;

namespace Archive.Indexer.Tests.Ocr;

/// <summary>How much of an expected text OCR found: the share of its words present in the recognized words.</summary>
internal static class RecognizedText
{
    public static double ShareOfWordsFound(IEnumerable<string> expected, string recognized, bool folded)
    {
        var found = Words(recognized, folded).ToHashSet();
        var wanted = expected.SelectMany(l => Words(l, folded)).ToList();
        return wanted.Count(found.Contains) / (double)wanted.Count;
    }

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD).Replace('đ', 'd').Replace('Đ', 'D');
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).ToLowerInvariant();
    }

    private static IEnumerable<string> Words(string text, bool folded) =>
        (folded ? Fold(text) : text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
            .Split([' ', '\n', '\f', '\t', ',', ';', '.', ':'], StringSplitOptions.RemoveEmptyEntries);
}
