namespace Archive.Indexer.Analysis;

/// <summary>
/// Culture-invariant lowercase of one character from a table. <see cref="char.ToLowerInvariant(char)"/> of a non-ASCII
/// character goes to ICU (TextInfo.ChangeCase) each time: the tokenizer, the tone placement and the word judge did it
/// for every Vietnamese letter, 8 % of an upload's processor time (dotnet-trace of bench uploads).
/// </summary>
internal static class InvariantCase
{
    // Every UTF-16 code unit: 128 KB, filled once. Surrogates map to themselves, as char.ToLowerInvariant does.
    private static readonly char[] LowerTable = BuildLowerTable();

    public static char Lower(char c) => LowerTable[c];

    private static char[] BuildLowerTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++) table[i] = char.ToLowerInvariant((char)i);
        return table;
    }
}
