using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Analysis;

/// <summary>
/// Turns what a person typed into a Lucene query over the fields of <see cref="VietnameseAnalyzers"/>,
/// built clause by clause (never through the classic query parser, so no input can make it throw):
/// <list type="bullet">
/// <item>each word is optional (SHOULD); a word typed with diacritics matches the exact field, boosted
/// above the folded one; a word typed bare ("ban") matches bàn/bán/bản/ban alike through the folded field;</item>
/// <item>question words ("bao nhiêu", "những", "được": <see cref="VietnameseQuestionWords"/>) are left out, alone and
/// in pairs of two such words; a pair of one with a topic word ("được nghỉ") still counts;</item>
/// <item>each pair of adjacent words also matches the shingle fields, so "dân chủ" outranks "dân … chủ";</item>
/// <item>everyday words and abbreviations ("sổ đỏ", "BHXH") also look for their legal wording as a phrase
/// (<see cref="LegalSynonyms"/>), optional and weighed below the typed words;</item>
/// <item><c>"quoted phrases"</c> are required; <c>-word</c> and <c>-"phrase"</c> exclude; <c>OR</c> is accepted;</item>
/// <item>a symbol anywhere ("59/2023/ND-CP", "nd 59/2023", "NĐ59", "nghị định 59") strongly boosts the
/// document bearing it (<see cref="VietnameseAnalyzers.SymbolField"/>) and also finds texts citing it.</item>
/// </list>
/// Returns an empty <see cref="BooleanQuery"/> (matches nothing) when nothing searchable was typed.
/// Given the index's reader, words and pairs found in a large share of the entries (<see cref="QueryFieldWeights.CommonShare"/>:
/// "quy định", "cơ quan") still add to the score of an entry that matches the rarer words, but alone do not make
/// it match: Lucene then only visits their long posting lists at the entries the rarer words found.
/// </summary>
public sealed class VietnameseQueryBuilder
{
    private const int MaxWords = 64;
    private const int MaxPhrases = 16;

    private readonly QueryFieldWeights _weights;

    public VietnameseQueryBuilder(QueryFieldWeights? weights = null) => _weights = weights ?? QueryFieldWeights.Default;

    public Query Build(string? typed, IndexReader? reader = null)
    {
        var query = new BooleanQuery(disableCoord: false);
        if (string.IsNullOrWhiteSpace(typed)) return query;
        var common = new BooleanQuery(disableCoord: false);
        var frequency = reader is null || _weights.CommonnessField is null ? null : new TermFrequency(reader);
        string input = typed.Length > UserQuery.MaxLength ? typed[..UserQuery.MaxLength] : typed;

        var buffer = new StringBuilder(input.Length);
        VietnameseNormalizer.Normalize(input, buffer, sources: null, lowercase: false);
        string normalized = buffer.ToString();
        var parsed = UserQuery.Parse(normalized);

        int budget = MaxWords; // keeps far below BooleanQuery's 1024-clause limit whatever was pasted
        foreach (var run in parsed.Runs)
        {
            var words = run.Take(budget).ToList();
            budget -= words.Count;
            var question = _weights.DropQuestionWords ? VietnameseQuestionWords.Mark(words) : new bool[words.Count];
            // A query made only of such words ("có không") is still searched for them.
            if (question.All(q => q)) question = new bool[words.Count];
            for (int k = 0; k < words.Count; k++)
            {
                if (question[k]) continue;
                bool isCommon = frequency?.Share(VietnameseAnalyzers.Folded(_weights.CommonnessField!), VietnameseFolding.Fold(words[k])) > _weights.CommonShare;
                (isCommon ? common : query).Add(WordClause(words[k]), Occur.SHOULD);
            }
            for (int k = 0; k + 1 < words.Count; k++)
            {
                if (question[k] && question[k + 1]) continue;
                string pair = VietnameseFolding.Fold(words[k]) + VietnameseAnalyzers.ShingleSeparator + VietnameseFolding.Fold(words[k + 1]);
                bool isCommon = frequency?.Share(VietnameseAnalyzers.FoldedShingles(_weights.CommonnessField!), pair) > _weights.CommonShare;
                (isCommon ? common : query).Add(PairClause(words[k], words[k + 1]), Occur.SHOULD);
            }
            if (_weights.SynonymFactor > 0)
                foreach (var legal in LegalSynonyms.Expand(words).Take(MaxPhrases)) query.Add(PhraseClause(legal, _weights.SynonymFactor), Occur.SHOULD);
            if (_weights.IntentFactor > 0 && _weights.HeadingField is { } heading && QuestionIntents.AsksForDefinition(words))
                query.Add(HeadingClause(heading, QuestionIntents.DefinitionHeadings, _weights.IntentFactor), Occur.SHOULD);
        }
        AddSymbolClauses(query, normalized);
        var phrases = parsed.Phrases.Take(MaxPhrases).Select(p => PhraseClause(p.Take(MaxWords).ToList(), _weights.PhraseFactor)).ToList();
        if (common.Clauses.Count > 0) query = WithCommon(query, common, phrases.Count > 0);
        foreach (var phrase in phrases) query.Add(phrase, Occur.MUST);

        if (query.Clauses.Count == 0) return query;
        foreach (var excluded in parsed.Excluded.Take(MaxPhrases)) query.Add(PhraseClause(excluded, 1f), Occur.MUST_NOT);
        return query;
    }

    /// <summary>
    /// Any of the <paramref name="typed"/> words' exclusions ("-word", <c>-"a phrase"</c>) in any text field, or null:
    /// for a search that must drop a whole document when any of its entries holds one.
    /// </summary>
    public Query? Exclusions(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        string input = typed.Length > UserQuery.MaxLength ? typed[..UserQuery.MaxLength] : typed;
        var buffer = new StringBuilder(input.Length);
        VietnameseNormalizer.Normalize(input, buffer, sources: null, lowercase: false);
        var excluded = UserQuery.Parse(buffer.ToString()).Excluded;
        if (excluded.Count == 0) return null;
        var any = new BooleanQuery(disableCoord: true);
        foreach (var words in excluded.Take(MaxPhrases)) any.Add(PhraseClause(words, 1f), Occur.SHOULD);
        return any;
    }

    /// <summary>The rare words must match (one of them, unless a quoted phrase is what must); the common ones only add.</summary>
    private static BooleanQuery WithCommon(BooleanQuery rare, BooleanQuery common, bool phrasesRequired)
    {
        if (rare.Clauses.Count == 0) return common;
        var query = new BooleanQuery(disableCoord: true)
        {
            { rare, phrasesRequired ? Occur.SHOULD : Occur.MUST },
            { common, Occur.SHOULD },
        };
        return query;
    }

    private BooleanQuery WordClause(string word)
    {
        var clause = new BooleanQuery(disableCoord: true);
        string folded = VietnameseFolding.Fold(word);
        bool accented = VietnameseFolding.HasDiacritics(word);
        foreach (var (field, weight) in _weights.TextFields)
        {
            if (accented)
            {
                clause.Add(Term(field, word, weight), Occur.SHOULD);
                clause.Add(Term(VietnameseAnalyzers.Folded(field), folded, weight * _weights.FoldedFactor), Occur.SHOULD);
            }
            else
            {
                clause.Add(Term(VietnameseAnalyzers.Folded(field), folded, weight), Occur.SHOULD);
            }
        }
        return clause;
    }

    private BooleanQuery PairClause(string first, string second)
    {
        var clause = new BooleanQuery(disableCoord: true);
        bool accented = VietnameseFolding.HasDiacritics(first) && VietnameseFolding.HasDiacritics(second);
        string foldedPair = VietnameseFolding.Fold(first) + VietnameseAnalyzers.ShingleSeparator + VietnameseFolding.Fold(second);
        foreach (var (field, weight) in _weights.TextFields)
        {
            float w = weight * _weights.ShingleFactor;
            if (accented)
            {
                clause.Add(Term(VietnameseAnalyzers.Shingles(field), first + VietnameseAnalyzers.ShingleSeparator + second, w), Occur.SHOULD);
                clause.Add(Term(VietnameseAnalyzers.FoldedShingles(field), foldedPair, w * _weights.FoldedFactor), Occur.SHOULD);
            }
            else
            {
                clause.Add(Term(VietnameseAnalyzers.FoldedShingles(field), foldedPair, w), Occur.SHOULD);
            }
        }
        return clause;
    }

    /// <summary>A phrase (or a single word) in any text field; exact spelling when every word has diacritics.</summary>
    private BooleanQuery PhraseClause(IReadOnlyList<string> words, float factor)
    {
        var clause = new BooleanQuery(disableCoord: true);
        bool accented = words.All(VietnameseFolding.HasDiacritics);
        foreach (var (field, weight) in _weights.TextFields)
        {
            if (accented) clause.Add(Phrase(field, words, weight * factor), Occur.SHOULD);
            clause.Add(Phrase(VietnameseAnalyzers.Folded(field), words.Select(VietnameseFolding.Fold).ToList(),
                weight * factor * (accented ? _weights.FoldedFactor : 1f)), Occur.SHOULD);
        }
        return clause;
    }

    /// <summary>
    /// Any of <paramref name="headings"/> in the heading field, as folded pairs (single words alone), so that
    /// the passage chooser can weigh the same terms one by one.
    /// </summary>
    private static BooleanQuery HeadingClause(string heading, IReadOnlyList<IReadOnlyList<string>> headings, float weight)
    {
        var clause = new BooleanQuery(disableCoord: true);
        foreach (var words in headings)
        {
            var folded = words.Select(VietnameseFolding.Fold).ToList();
            if (folded.Count == 1) clause.Add(Term(VietnameseAnalyzers.Folded(heading), folded[0], weight), Occur.SHOULD);
            for (var k = 0; k + 1 < folded.Count; k++)
                clause.Add(Term(VietnameseAnalyzers.FoldedShingles(heading), folded[k] + VietnameseAnalyzers.ShingleSeparator + folded[k + 1], weight / (folded.Count - 1)), Occur.SHOULD);
        }
        return clause;
    }

    private void AddSymbolClauses(BooleanQuery query, string normalized)
    {
        foreach (var key in SymbolHints.FullKeys(normalized).Take(MaxPhrases))
        {
            query.Add(Term(VietnameseAnalyzers.SymbolField, key, _weights.Symbol), Occur.SHOULD);
            foreach (var (field, weight) in _weights.TextFields) query.Add(Term(field, key, weight), Occur.SHOULD);
        }
        string folded = VietnameseFolding.Fold(normalized.ToLowerInvariant());
        foreach (var form in SymbolHints.PartialForms(folded).Take(MaxPhrases))
            query.Add(Term(VietnameseAnalyzers.SymbolField, form, _weights.Symbol * _weights.PartialSymbolFactor), Occur.SHOULD);
    }

    private static Query Term(string field, string text, float boost) =>
        new TermQuery(new Term(field, text)) { Boost = boost };

    private static Query Phrase(string field, IReadOnlyList<string> words, float boost)
    {
        if (words.Count == 1) return Term(field, words[0], boost);
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words) phrase.Add(new Term(field, word));
        return phrase;
    }
}
