using System.Buffers;
using System.Text;

namespace Archive.Indexer.Analysis;

/// <summary>
/// Brings Vietnamese text to the one form both the index and the queries use: NFC, lowercase
/// (culture-invariant), <c>Đ</c> instead of its look-alike <c>Ð</c> (U+00D0), no zero-width characters
/// or soft hyphens, and one tone-mark placement for the open syllables <c>oa, oe, uy</c>: the tone sits on
/// the first vowel (<c>hoà → hòa</c>, <c>thuỷ → thủy</c>, <c>uỷ → ủy</c>, <c>khoẻ → khỏe</c>). Because the
/// sample plan itself mixes "cấp uỷ" and "Ủy ban", both spellings must meet in one form.
/// </summary>
/// <remarks>
/// Closed syllables keep the tone on the second vowel (<c>hoàn, ngoài, xoáy, huỳnh</c>); a tone misplaced
/// there by the writer (<c>hòan</c>) is moved back. After <c>q</c> the <c>u</c> is a consonant, so
/// <c>quý, quà</c> are left alone. Every output character can report the input index it came from, which
/// is what <see cref="VietnameseCharFilter"/> needs to keep highlight offsets in the original text.
/// </remarks>
public static class VietnameseNormalizer
{
    // Tone order in every row: grave, acute, hook above, tilde, dot below.
    private const string TonedA = "àáảãạ";
    private const string TonedE = "èéẻẽẹ";
    private const string TonedY = "ỳýỷỹỵ";
    private const string TonedO = "òóỏõọ";
    private const string TonedU = "ùúủũụ";

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new StringBuilder(text.Length);
        Normalize(text, output, sources: null, lowercase: true);
        return output.ToString();
    }

    /// <summary>
    /// Appends the normalized form of <paramref name="input"/> to <paramref name="output"/>; when
    /// <paramref name="sources"/> is given, adds for each appended character the index in
    /// <paramref name="input"/> of the first character it was made from. The char filter keeps case
    /// (<paramref name="lowercase"/> false) because symbol recognition reads capitals; the tokenizer lowercases.
    /// </summary>
    public static void Normalize(ReadOnlySpan<char> input, StringBuilder output, List<int>? sources, bool lowercase)
    {
        int first = output.Length;
        int i = 0;
        while (i < input.Length)
        {
            char c = input[i];
            int end = i + 1;
            while (end < input.Length && IsCombiningMark(input[end])) end++;

            if (IsInvisible(c))
            {
                // dropped
            }
            else if (end - i > 1 || NeedsComposition(c, input, i))
            {
                if (char.IsHighSurrogate(c) && end < input.Length && end == i + 1) end++;
                string composed = SafeNfc(input[i..end]);
                foreach (char k in composed) Append(output, sources, MapChar(k, lowercase), i);
            }
            else
            {
                Append(output, sources, MapChar(c, lowercase), i);
            }
            i = end;
        }
        PlaceTones(output, first);
    }

    private static void Append(StringBuilder output, List<int>? sources, char c, int source)
    {
        if (IsInvisible(c)) return;
        output.Append(c);
        sources?.Add(source);
    }

    private static char MapChar(char c, bool lowercase) => c switch
    {
        '\u00D0' => lowercase ? '\u0111' : '\u0110', // the look-alike Ð → Đ
        '\u00F0' => '\u0111',                         // ð → đ
        _ when !lowercase => c,
        < 'A' => c,
        <= 'Z' => (char)(c | 0x20),
        < '\u00C0' => c,
        _ => InvariantCase.Lower(c),
    };

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060' or '\u00AD';

    // Fast ranges first: this runs on every character of every document.
    private static bool IsCombiningMark(char c) =>
        c >= '\u0300' && (c <= '\u036F' || (!(c >= '\u1E00' && c <= '\u1EFF') && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark));

    // Latin letters, Latin Extended Additional (all precomposed Vietnamese) and ASCII are NFC already;
    // anything else is rare enough in this corpus to ask the runtime.
    private static bool NeedsComposition(char c, ReadOnlySpan<char> input, int i) =>
        c >= '\u0300' && !(c >= '\u1E00' && c <= '\u1EFF') && !char.IsSurrogate(c)
        && !input.Slice(i, 1).ToString().IsNormalized(NormalizationForm.FormC);

    private static string SafeNfc(ReadOnlySpan<char> segment)
    {
        string s = segment.ToString();
        try { return s.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return s; } // lone surrogates: keep them as they are
    }

    /// <summary>
    /// Moves tone marks in the text appended from <paramref name="first"/> on. Runs on every character indexed, so it
    /// reads a copy of the text (a StringBuilder's indexer walks its chunks) and skips at once any character not
    /// after an o or u, the only vowels a tone moves from or to; the rare changes are written back.
    /// </summary>
    private static void PlaceTones(StringBuilder text, int first)
    {
        int length = text.Length - first;
        if (length < 2) return;
        char[]? rented = null;
        Span<char> span = length <= 2048 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        text.CopyTo(first, span, length);
        for (int i = 1; i < length; i++)
        {
            char before = Lower(span[i - 1]);
            if (!IsOOrU(before)) continue;
            char second = Lower(span[i]);
            if (second < 'a') continue;
            bool closed = i + 1 < length && (char.IsLetter(span[i + 1]) || IsCombiningMark(span[i + 1]));
            if (i >= 2 && Lower(span[i - 2]) == 'q') continue;
            bool upperBefore = char.IsUpper(span[i - 1]), upperSecond = char.IsUpper(span[i]);

            char newBefore, newSecond;
            if (!closed)
            {
                int tone = before == 'o' ? IndexIn(TonedA, TonedE, second) : before == 'u' ? TonedY.IndexOf(second) : -1;
                if (tone < 0) continue;
                newBefore = Cased(before == 'o' ? TonedO[tone] : TonedU[tone], upperBefore);
                newSecond = Cased(before == 'o' ? (TonedA.Contains(second) ? 'a' : 'e') : 'y', upperSecond);
            }
            else
            {
                int toneO = TonedO.IndexOf(before);
                int toneU = TonedU.IndexOf(before);
                if (toneO >= 0 && second is 'a' or 'e')
                {
                    newBefore = Cased('o', upperBefore);
                    newSecond = Cased(second == 'a' ? TonedA[toneO] : TonedE[toneO], upperSecond);
                }
                else if (toneU >= 0 && second == 'y')
                {
                    newBefore = Cased('u', upperBefore);
                    newSecond = Cased(TonedY[toneU], upperSecond);
                }
                else continue;
            }
            span[i - 1] = text[first + i - 1] = newBefore;
            span[i] = text[first + i] = newSecond;
        }
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
    }

    private static bool IsOOrU(char lower) =>
        lower is 'o' or 'u' || (lower >= '\u00F2' && (TonedO.Contains(lower) || TonedU.Contains(lower)));

    /// <summary>Culture-invariant lowercase, from a table (<see cref="InvariantCase"/>).</summary>
    internal static char Lower(char c) => InvariantCase.Lower(c);

    private static char Cased(char c, bool upper) => upper ? char.ToUpperInvariant(c) : c;

    private static int IndexIn(string a, string e, char c)
    {
        int k = a.IndexOf(c);
        return k >= 0 ? k : e.IndexOf(c);
    }
}
