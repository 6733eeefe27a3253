using Archive.Indexer.Extraction.Quality;

namespace Archive.Indexer.Extraction.LegacyEncodings;

/// <summary>
/// TCVN3 (VN3 / ABC): each lowercase vowel gets five consecutive-ish codes for huyền, hỏi, ngã, sắc,
/// nặng; only seven capitals exist (Ă Â Ê Ô Ơ Ư Đ) and the capitals-only ".VnTimeH" fonts draw the
/// lowercase codes as capitals. 0xB0..0xB4 are spacing-less tone marks typed after a capital.
/// </summary>
internal static class Tcvn3CodePage
{
    // Per vowel in VietnameseAlphabet.Vowels order: code of the toneless letter (0 = ASCII itself),
    // then huyền, hỏi, ngã, sắc, nặng.
    private static readonly byte[][] VowelCodes =
    [
        [0x00, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9], // a
        [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6], // ă
        [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB], // â
        [0x00, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1], // e
        [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6], // ê
        [0x00, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE], // i
        [0x00, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4], // o
        [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9], // ô
        [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE], // ơ
        [0x00, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4], // u
        [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9], // ư
        [0x00, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE], // y
    ];

    private static readonly (char Letter, byte Code)[] Capitals =
        [('Ă', 0xA1), ('Â', 0xA2), ('Ê', 0xA3), ('Ô', 0xA4), ('Ơ', 0xA5), ('Ư', 0xA6), ('Đ', 0xA7)];

    private const byte LowercaseDd = 0xAE;

    /// <summary>Byte → Unicode char; '\0' where the byte means itself.</summary>
    public static readonly char[] ToUnicode = BuildToUnicode();

    /// <summary>Byte → combining tone mark for 0xB0..0xB4.</summary>
    public static readonly char[] CombiningMarks = BuildCombiningMarks();

    /// <summary>Unicode letter → byte, lowercase letters and the seven capitals.</summary>
    public static readonly IReadOnlyDictionary<char, byte> FromUnicode = BuildFromUnicode();

    private static char[] BuildToUnicode()
    {
        var table = new char[256];
        for (var v = 0; v < VowelCodes.Length; v++)
            for (var tone = VietnameseTone.None; tone <= VietnameseTone.Dot; tone++)
            {
                var code = VowelCodes[v][(int)tone];
                if (code != 0) table[code] = VietnameseAlphabet.Compose(VietnameseAlphabet.Vowels[v], tone);
            }
        table[LowercaseDd] = 'đ';
        foreach (var (letter, code) in Capitals) table[code] = letter;
        return table;
    }

    private static char[] BuildCombiningMarks()
    {
        var table = new char[256];
        for (var tone = VietnameseTone.Grave; tone <= VietnameseTone.Dot; tone++)
            table[0xB0 + (int)tone - 1] = VietnameseAlphabet.ToneMarks[(int)tone];
        return table;
    }

    private static Dictionary<char, byte> BuildFromUnicode()
    {
        var map = new Dictionary<char, byte>();
        for (var code = 0; code < 256; code++)
            if (ToUnicode[code] != '\0') map[ToUnicode[code]] = (byte)code;
        return map;
    }
}
