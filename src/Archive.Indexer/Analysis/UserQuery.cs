namespace Archive.Indexer.Analysis;

/// <summary>
/// What a person typed, split into the parts <see cref="VietnameseQueryBuilder"/> turns into clauses:
/// runs of plain words (adjacent words stay in one run, for pairing), quoted phrases, and
/// <c>-word</c> / <c>-"phrase"</c> exclusions. <c>OR</c> is accepted and dropped, since words are already
/// alternatives. Never throws: stray quotes, operators and punctuation just separate words.
/// </summary>
internal sealed class UserQuery
{
    public const int MaxLength = 1000;

    public List<List<string>> Runs { get; } = [];
    public List<List<string>> Phrases { get; } = [];
    public List<List<string>> Excluded { get; } = [];

    /// <summary>Parses <paramref name="normalized"/>: NFC, case kept (so that <c>OR</c> can be told from "or").</summary>
    public static UserQuery Parse(string normalized)
    {
        var query = new UserQuery();
        var text = normalized.Length > MaxLength ? normalized[..MaxLength] : normalized;
        int quotes = text.Count(c => c == '"');
        var run = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool negated = c == '-' && (i == 0 || char.IsWhiteSpace(text[i - 1])) && i + 1 < text.Length
                && (IsWordChar(text[i + 1]) || text[i + 1] == '"');
            if (negated) { i++; c = text[i]; }

            if (c == '"' && (quotes >= 2 || negated))
            {
                int close = text.IndexOf('"', i + 1);
                int end = close < 0 ? text.Length : close;
                var words = Words(text[(i + 1)..end]);
                if (words.Count > 0) (negated ? query.Excluded : query.Phrases).Add(words);
                if (close >= 0) quotes -= 2;
                i = end + 1;
                Flush(query, ref run);
                continue;
            }
            if (!IsWordChar(c))
            {
                if (c == '"') quotes--;
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            string word = text[start..i];
            if (negated) { query.Excluded.Add([word.ToLowerInvariant()]); Flush(query, ref run); }
            else if (word == "OR") Flush(query, ref run);
            else run.Add(word.ToLowerInvariant());
        }
        Flush(query, ref run);
        return query;
    }

    private static void Flush(UserQuery query, ref List<string> run)
    {
        if (run.Count > 0) query.Runs.Add(run);
        run = [];
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i])) i++;
            int start = i;
            while (i < text.Length && IsWordChar(text[i])) i++;
            if (i > start) words.Add(text[start..i].ToLowerInvariant());
        }
        return words;
    }

    // Same rule as VietnameseTokenizer, so query words are the index's syllables.
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
