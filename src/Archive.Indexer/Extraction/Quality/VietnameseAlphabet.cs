using Archive.Indexer.Analysis;
using System.Collections.Frozen;
using System.Text;

namespace Archive.Indexer.Extraction.Quality;

/// <summary>
/// The Vietnamese letters built from their parts (vowel + modifier + tone), so that every legacy
/// table can be written as "which code stands for this vowel with this tone" and checked against
/// the whole alphabet instead of a hand-typed list.
/// </summary>
public static class VietnameseAlphabet
{
    /// <summary>The twelve vowels (with their breve/circumflex/horn), in dictionary order.</summary>
    public static readonly IReadOnlyList<char> Vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

    /// <summary>Combining marks for the tones, indexed by <see cref="VietnameseTone"/> (None has no mark).</summary>
    internal static readonly char[] ToneMarks = ['\0', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

    /// <summary>The 134 precomposed letters that are not plain ASCII: 67 lowercase, then their 67 capitals.</summary>
    public static readonly IReadOnlyList<char> PrecomposedLetters = BuildPrecomposed();

    private static readonly FrozenDictionary<char, (char Vowel, VietnameseTone Tone)> Decomposition = BuildDecomposition();

    /// <summary>The letter for a vowel (one of <see cref="Vowels"/>) carrying a tone.</summary>
    public static char Compose(char vowel, VietnameseTone tone)
    {
        if (tone == VietnameseTone.None) return vowel;
        var composed = string.Concat(vowel, ToneMarks[(int)tone]).Normalize(NormalizationForm.FormC);
        return composed.Length == 1 ? composed[0] : throw new ArgumentException($"'{vowel}' is not a Vietnamese vowel.", nameof(vowel));
    }

    /// <summary>Splits a lowercase letter into its toneless letter and tone; false for anything not Vietnamese.</summary>
    public static bool TryDecompose(char letter, out char toneless, out VietnameseTone tone)
    {
        if (Decomposition.TryGetValue(letter, out var parts))
        {
            (toneless, tone) = parts;
            return true;
        }
        toneless = letter;
        tone = VietnameseTone.None;
        return false;
    }

    /// <summary>True for a-z, đ and every toned or modified vowel, either case.</summary>
    public static bool IsVietnameseLetter(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || Decomposition.ContainsKey(InvariantCase.Lower(c));

    private static char[] BuildPrecomposed()
    {
        var lower = new List<char>();
        foreach (var vowel in Vowels)
            for (var tone = VietnameseTone.None; tone <= VietnameseTone.Dot; tone++)
            {
                var letter = Compose(vowel, tone);
                if (letter > '\u007F') lower.Add(letter);
            }
        lower.Add('đ');
        return [.. lower, .. lower.Select(char.ToUpperInvariant)];
    }

    private static FrozenDictionary<char, (char, VietnameseTone)> BuildDecomposition()
    {
        var map = new Dictionary<char, (char, VietnameseTone)>();
        foreach (var vowel in Vowels)
            for (var tone = VietnameseTone.None; tone <= VietnameseTone.Dot; tone++)
                map[Compose(vowel, tone)] = (vowel, tone);
        map['đ'] = ('đ', VietnameseTone.None);
        return map.ToFrozenDictionary();
    }
}
