namespace Archive.Indexer.Legal;

/// <summary>
/// Decides each phrase's <see cref="CitationRelation"/> from the cue words before it in its sentence, or after it
/// ("… hết hiệu lực", "… được sửa đổi, bổ sung như sau").
/// </summary>
/// <remarks>
/// A cue that follows another document in the same ';'-segment describes that document ("Nghị định số 59 … quy
/// định chi tiết Luật X"), so it says nothing about the citing text's relation to X and is skipped. Cues other than
/// "Căn cứ" must sit close to the citation (at most <see cref="MaxCueGap"/> words between).
/// </remarks>
internal sealed class RelationCues(string text, List<CitationToken> tokens, List<CitationPhrase> phrases)
{
    private const int MaxCueGap = 8;

    private static readonly (string[] Words, CitationRelation Relation)[] Prefixes =
    [
        (["can", "cu"], CitationRelation.Basis),
        // A proposal ends the list of bases before it: "…; Theo đề nghị của Giám đốc Sở tại Tờ trình số …".
        (["theo", "de", "nghi"], CitationRelation.Refers),
        (["xet", "de", "nghi"], CitationRelation.Refers),
        (["sua", "doi", ",", "bo", "sung"], CitationRelation.Amends),
        (["sua", "doi", "bo", "sung"], CitationRelation.Amends),
        (["sua", "doi"], CitationRelation.Amends),
        (["bo", "sung"], CitationRelation.Amends),
        // Replacing or dropping words inside a provision amends it.
        (["thay", "the", "cum", "tu"], CitationRelation.Amends),
        (["thay", "cum", "tu"], CitationRelation.Amends),
        (["bo", "cum", "tu"], CitationRelation.Amends),
        (["thay", "the"], CitationRelation.Replaces),
        (["bai", "bo"], CitationRelation.Repeals),
        (["het", "hieu", "luc"], CitationRelation.Repeals),
        (["quy", "dinh", "chi", "tiet"], CitationRelation.Guides),
        (["huong", "dan"], CitationRelation.Guides),
    ];

    private static readonly (string[] Words, CitationRelation Relation)[] Suffixes =
    [
        (["het", "hieu", "luc"], CitationRelation.Repeals),
        (["bi", "bai", "bo"], CitationRelation.Repeals),
        (["duoc", "bai", "bo"], CitationRelation.Repeals),
        (["bi", "thay", "the"], CitationRelation.Replaces),
        (["duoc", "thay", "the"], CitationRelation.Replaces),
        (["duoc", "sua", "doi"], CitationRelation.Amends),
        (["duoc", "bo", "sung"], CitationRelation.Amends),
    ];

    private readonly int[] owner = Owners(tokens.Count, phrases);

    public CitationRelation RelationOf(int phraseIndex)
    {
        var phrase = phrases[phraseIndex];
        var prefix = FromPrefix(phrase.StartToken);
        if (prefix is CitationRelation.Basis or CitationRelation.Refers && FromSuffix(phraseIndex) is { } suffix) return suffix;
        // A text is never its own legal basis: "Căn cứ … Luật X, Bộ Tài chính ban hành kèm Thông tư này …" names itself
        // after the bases.
        if (prefix == CitationRelation.Basis && phrase.CitesOnlyItself) return CitationRelation.Refers;
        return prefix;
    }

    private CitationRelation FromPrefix(int start)
    {
        var scopeStart = start;
        while (scopeStart > 0 && !IsSentenceBoundary(scopeStart - 1)) scopeStart--;

        CitationRelation? found = null;
        var segmentStart = scopeStart;
        for (var t = scopeStart; t < start; t++)
        {
            if (owner[t] >= 0) continue;
            if (tokens[t].IsPunctuation(';')) { segmentStart = t + 1; continue; }
            if (IsOpeningBasis(t, scopeStart)) { found = CitationRelation.Basis; continue; }
            foreach (var (words, relation) in Prefixes)
            {
                if (!Matches(t, words)) continue;
                // "Căn cứ" and "Theo đề nghị" open a clause of their own; they never describe another document.
                if (relation is not (CitationRelation.Basis or CitationRelation.Refers) && DescribesAnotherDocument(segmentStart, t)) break;
                if (relation is not (CitationRelation.Basis or CitationRelation.Refers) && WordsBetween(t + words.Length, start) > MaxCueGap) break;
                found = relation;
                t += words.Length - 1;
                break;
            }
        }
        return found ?? CitationRelation.Refers;
    }

    // A preamble "Thực hiện Luật …; Nghị định …" lists the bases of a plan just as "Căn cứ" does; it opens a
    // sentence, or a line when it follows the title of a plan.
    private bool IsOpeningBasis(int t, int scopeStart) =>
        (Matches(t, ["thuc", "hien"]) || Matches(t, ["thi", "hanh"]))
        && (t == scopeStart || tokens[t] is { LineStart: true, Capitalized: true })
        && t + 2 < owner.Length && owner[t + 2] >= 0;

    private CitationRelation? FromSuffix(int phraseIndex)
    {
        var t = phrases[phraseIndex].EndToken;
        while (t < tokens.Count)
        {
            if (owner[t] >= 0) t = phrases[owner[t]].EndToken;
            else if (tokens[t].IsPunctuation(',') || tokens[t].Lower is "và" or "va" or "hoặc") t++;
            else break;
        }
        // "Nghị định số 04/2015/NĐ-CP … về thực hiện dân chủ … hết hiệu lực": the cue may follow the cited document's subject.
        if (t < tokens.Count && tokens[t].Folded == "ve")
        {
            for (var k = t + 1; k < tokens.Count && k < t + 40 && owner[k] < 0; k++)
            {
                if (tokens[k].IsPunctuation('.') || tokens[k].IsPunctuation(';') || tokens[k].IsPunctuation(':')) break;
                if (SuffixAt(k) is { } described) return described;
            }
            return null;
        }
        return SuffixAt(t);
    }

    private CitationRelation? SuffixAt(int t)
    {
        foreach (var (words, relation) in Suffixes)
        {
            if (!Matches(t, words)) continue;
            // "Bộ luật Hình sự, được sửa đổi, bổ sung năm 2017" is a basis, not an amendment: only "… như sau" amends.
            if (relation == CitationRelation.Amends && !Enumerable.Range(t, 12).Any(k => Matches(k, ["nhu", "sau"]))) return null;
            return relation;
        }
        return null;
    }

    private bool DescribesAnotherDocument(int segmentStart, int cue)
    {
        for (var t = segmentStart; t < cue; t++)
            if (owner[t] >= 0 && !phrases[owner[t]].CitesOnlyItself) return true;
        return false;
    }

    // Quoted words ("thay thế cụm từ “…” bằng cụm từ “…” tại khoản 2") are the amendment's text, not distance.
    private int WordsBetween(int from, int to)
    {
        var words = 0;
        var quoted = false;
        for (var t = from; t < to; t++)
        {
            if (tokens[t].Type == CitationTokenType.Punctuation && tokens[t].Folded[0] is '"' or '“' or '”') quoted = !quoted;
            else if (!quoted && owner[t] < 0 && tokens[t].Type == CitationTokenType.Word) words++;
        }
        return words;
    }

    private bool IsSentenceBoundary(int t)
    {
        var token = tokens[t];
        if (token.Type != CitationTokenType.Punctuation) return false;
        if (token.IsPunctuation(':') || token.IsPunctuation('!') || token.IsPunctuation('?')) return true;
        if (token.IsPunctuation('.')) return token.End >= text.Length || char.IsWhiteSpace(text[token.End]);
        // Each "Căn cứ …;" line of a decree's preamble stands alone.
        if (token.IsPunctuation(';'))
        {
            var after = token.End;
            while (after < text.Length && text[after] is ' ' or '\t' or '\r') after++;
            return after < text.Length && text[after] == '\n';
        }
        return false;
    }

    private bool Matches(int t, string[] words)
    {
        if (t + words.Length > tokens.Count) return false;
        for (var w = 0; w < words.Length; w++)
            if (owner[t + w] >= 0 || tokens[t + w].Folded != words[w]) return false;
        return true;
    }

    private static int[] Owners(int count, List<CitationPhrase> phrases)
    {
        var owners = new int[count];
        Array.Fill(owners, -1);
        for (var p = 0; p < phrases.Count; p++)
            for (var t = phrases[p].StartToken; t < phrases[p].EndToken; t++) owners[t] = p;
        return owners;
    }
}
