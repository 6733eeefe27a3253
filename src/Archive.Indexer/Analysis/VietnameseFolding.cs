namespace Archive.Indexer.Analysis;

/// <summary>
/// The accent-less view of normalized Vietnamese text, the way people type without a Vietnamese
/// keyboard: tones and vowel marks removed, <c>đ → d</c> ("dân chủ cơ sở" → "dan chu co so"), and the
/// spelling variant <c>y → i</c> where y is a syllable's only vowel after a consonant, so
/// "kỹ/kĩ", "lý/lí", "quy/qui" meet ("thủy", "tay", "yêu" keep their y).
/// </summary>
/// <remarks>Expects lowercase NFC input (see <see cref="VietnameseNormalizer"/>).</remarks>
public static class VietnameseFolding
{
    private const string From = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
    private const string To   = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";
    private const string Vowels = "aeiouy";

    private static readonly char[] Map = BuildMap();

    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = text.ToCharArray();
        int length = Fold(buffer, buffer.Length);
        return new string(buffer, 0, length);
    }

    /// <summary>Folds <paramref name="buffer"/>[0..length) in place; returns the new length (always the same).</summary>
    public static int Fold(char[] buffer, int length)
    {
        for (int i = 0; i < length; i++)
        {
            char c = buffer[i];
            if (c >= '\u00C0' && c < Map.Length) buffer[i] = Map[c];
        }
        for (int i = 0; i < length; i++)
        {
            if (buffer[i] == 'y' && IsLoneY(buffer, i, length)) buffer[i] = 'i';
        }
        return length;
    }

    /// <summary>True when <paramref name="word"/> (normalized) carries any Vietnamese mark or đ.</summary>
    public static bool HasDiacritics(string word)
    {
        foreach (char c in word)
            if (c >= '\u00C0' && c < Map.Length && Map[c] != c) return true;
        return false;
    }

    private static bool IsLoneY(char[] b, int i, int length)
    {
        bool endOfSyllable = i + 1 >= length || !char.IsLetter(b[i + 1]);
        if (!endOfSyllable || i == 0) return false;
        char before = b[i - 1];
        if (before == 'u') return i >= 2 && b[i - 2] == 'q'; // "quy" → "qui", but "thuy" stays
        return char.IsLetter(before) && !Vowels.Contains(before);
    }

    private static char[] BuildMap()
    {
        var map = new char[0x1F00];
        for (int c = 0; c < map.Length; c++) map[c] = (char)c;
        for (int k = 0; k < From.Length; k++) map[From[k]] = To[k];
        return map;
    }
}
