namespace Archive.Indexer.Metadata;

/// <summary>
/// Digits as OCR misreads them in a header's number and date: a round letter for 0 ("O", "o", "Ø") and a stroke for
/// 1 ("l", "I", "Ì", "í", "|", "!"). Only for places where nothing but digits may stand (the day and month of
/// "ngày … tháng … năm …", the numeric part of "Số: …/…"), so a word is never turned into a number.
/// </summary>
internal static class MisreadDigits
{
    /// <summary>The characters OCR writes for a digit, folded (<see cref="MetadataText.Fold"/>) as the patterns see them.</summary>
    public const string FoldedPattern = @"0-9oøil|!";

    /// <summary>The digits <paramref name="group"/> stands for, or null when a character in it is neither a digit nor a known misreading.</summary>
    public static string? Read(ReadOnlySpan<char> group)
    {
        if (group.IsEmpty) return null;
        Span<char> digits = stackalloc char[group.Length];
        for (var i = 0; i < group.Length; i++)
        {
            var digit = Digit(group[i]);
            if (digit is null) return null;
            digits[i] = digit.Value;
        }
        return new string(digits);
    }

    private static char? Digit(char c) => c switch
    {
        >= '0' and <= '9' => c,
        'O' or 'o' or 'Ø' or 'ø' => '0',
        'l' or 'I' or 'i' or '|' or '!' or 'Ì' or 'Í' or 'ì' or 'í' or 'Ỉ' or 'ỉ' => '1',
        _ => null,
    };
}
