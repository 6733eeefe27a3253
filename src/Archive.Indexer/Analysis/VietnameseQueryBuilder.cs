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
/// <item>each pair of adjacent words also matches the folded pair fields, so "dân chủ" outranks "dân … chủ";</item>
/// <item>everyday words and abbreviations ("sổ đỏ", "BHXH") also look for their legal wording as a phrase
/// (<see cref="LegalSynonyms"/>), optional and weighed below the typed words;</item>
/// <item><c>"quoted phrases"</c> are required; <c>-word</c> and <c>-"phrase"</c> exclude; <c>OR</c> is accepted;</item>
/// <item>a symbol anywhere ("59/2023/ND-CP", "nd 59/2023", "NĐ59", "nghị định 59") strongly boosts the
/// document bearing it (<see cref="VietnameseAnalyzers.SymbolField"/>) and also finds texts citing it.</item>
/// </list>
/// Returns an empty <see cref="BooleanQuery"/> (matches nothing) when nothing searchable was typed.
/// Given the index's searcher, words and pairs found in a large share of the entries (<see cref="QueryFieldWeights.CommonShare"/>:
/// "quy định", "cơ quan") still add to the score of an entry that matches the rarer words, but alone do not make
/// it match: Lucene then only visits their long posting lists at the entries the rarer words found.
/// </summary>
public sealed class VietnameseQueryBuilder
{
    private const int MaxWords = 64;
    private const int MaxPhrases = 16;

    private readonly QueryFieldWeights _weights;

    public VietnameseQueryBuilder(QueryFieldWeights? weights = null) => _weights = weights ?? QueryFieldWeights.Default;

    public Query Build(string? typed, IndexSearcher? searcher = null) => Prepare(typed, searcher).Words;

    /// <summary>
    /// What <paramref name="typed"/> asks for, parsed once: the scoring query (<see cref="Build"/>), the exclusions a
    /// search applies to whole documents, and the kind of article the question asks for.
    /// </summary>
    public TypedQuery Prepare(string? typed, IndexSearcher? searcher = null)
    {
        if (string.IsNullOrWhiteSpace(typed)) return new TypedQuery(new BooleanQuery(disableCoord: false), null, null);
        string normalized = Normalized(typed);
        var parsed = UserQuery.Parse(normalized);
        return new TypedQuery(Words(parsed, normalized, searcher), Exclusions(parsed), Intent(parsed));
    }

    private BooleanQuery Words(UserQuery parsed, string normalized, IndexSearcher? searcher)
    {
        var query = new BooleanQuery(disableCoord: false);
        var terms = new Terms(searcher is null ? null : new TermLookup(searcher));
        var common = new BooleanQuery(disableCoord: false);
        var commonWords = new List<string>();
        var commonPairs = new List<(string First, string Second)>();
        var synonyms = new List<Query>();
        var share = searcher is null || _weights.CommonnessField is null ? null : _weights.CommonnessField;

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
                bool isCommon = share is not null && terms.Share(VietnameseAnalyzers.Folded(share), VietnameseFolding.Fold(words[k])) > _weights.CommonShare;
                if (isCommon) commonWords.Add(words[k]);
                else Add(query, WordClause(terms, words[k], _weights.TextFields), Occur.SHOULD);
            }
            for (int k = 0; k + 1 < words.Count; k++)
            {
                if (question[k] && question[k + 1]) continue;
                string pair = VietnameseFolding.Fold(words[k]) + VietnameseAnalyzers.ShingleSeparator + VietnameseFolding.Fold(words[k + 1]);
                bool isCommon = share is not null && terms.Share(VietnameseAnalyzers.FoldedShingles(share), pair) > _weights.CommonShare;
                if (isCommon) commonPairs.Add((words[k], words[k + 1]));
                else Add(query, PairClause(terms, words[k], words[k + 1], _weights.TextFields), Occur.SHOULD);
            }
            if (_weights.SynonymFactor > 0)
                foreach (var legal in LegalSynonyms.Expand(words).Take(MaxPhrases)) synonyms.Add(PhraseClause(terms, legal, _weights.SynonymFactor));
        }
        AddSymbolClauses(terms, query, normalized);
        // Beside rarer words, a common word only adds to an entry they found: through fewer fields, as each of its
        // clauses is advanced to every such entry. Alone, it is what the query looks for, through every field.
        var commonFields = query.Clauses.Count > 0 && _weights.CommonFields is { } reduced
            ? _weights.TextFields.Where(f => reduced.Contains(f.Key)).ToDictionary(f => f.Key, f => f.Value)
            : _weights.TextFields;
        foreach (var word in commonWords) Add(common, WordClause(terms, word, commonFields), Occur.SHOULD);
        if (query.Clauses.Count == 0 || _weights.CommonPairs)
            foreach (var (first, second) in commonPairs) Add(common, PairClause(terms, first, second, commonFields), Occur.SHOULD);
        // The legal wording of what was typed may make an entry match beside the rare typed words, but never
        // alone when every typed word is common ("họp thôn": its "hội nghị thôn" must not hide the minutes).
        foreach (var synonym in synonyms) Add(query.Clauses.Count > 0 ? query : common, synonym, Occur.SHOULD);
        var phrases = parsed.Phrases.Take(MaxPhrases).Select(p => PhraseClause(terms, p.Take(MaxWords).ToList(), _weights.PhraseFactor)).ToList();
        if (common.Clauses.Count > 0) query = WithCommon(query, common, phrases.Count > 0);
        // A required phrase found nowhere still makes the query match nothing.
        foreach (var phrase in phrases) query.Add(phrase, Occur.MUST);

        if (query.Clauses.Count == 0) return query;
        foreach (var excluded in parsed.Excluded.Take(MaxPhrases)) query.Add(PhraseClause(new Terms(null), excluded, 1f), Occur.MUST_NOT);
        return query;
    }

    /// <summary>
    /// Any of the typed exclusions ("-word", <c>-"a phrase"</c>) in any text field, or null: for a search that must
    /// drop a whole document when any of its entries holds one.
    /// </summary>
    private BooleanQuery? Exclusions(UserQuery parsed)
    {
        if (parsed.Excluded.Count == 0) return null;
        var any = new BooleanQuery(disableCoord: true);
        foreach (var words in parsed.Excluded.Take(MaxPhrases)) any.Add(PhraseClause(new Terms(null), words, 1f), Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// The headings of the kind of article the question asks for (<see cref="QuestionIntents"/>), as a query on the
    /// heading field, or null. Not part of the scoring query: it must choose the article within a document, not
    /// rank the documents (every law has a definitions article).
    /// </summary>
    private BooleanQuery? Intent(UserQuery parsed)
    {
        if (_weights.IntentFactor <= 0 || _weights.HeadingField is not { } heading) return null;
        var words = parsed.Runs.SelectMany(run => run).ToList();
        return QuestionIntents.AsksForDefinition(words)
            ? HeadingClause(new Terms(null), heading, QuestionIntents.DefinitionHeadings, _weights.IntentFactor)
            : null;
    }

    private static string Normalized(string typed)
    {
        string input = typed.Length > UserQuery.MaxLength ? typed[..UserQuery.MaxLength] : typed;
        var buffer = new StringBuilder(input.Length);
        VietnameseNormalizer.Normalize(input, buffer, sources: null, lowercase: false);
        return buffer.ToString();
    }

    /// <summary>The rare words must match (one of them, unless a quoted phrase is what must); the common ones only add.</summary>
    private static BooleanQuery WithCommon(BooleanQuery rare, BooleanQuery common, bool phrasesRequired)
    {
        if (rare.Clauses.Count == 0) return common;
        return new BooleanQuery(disableCoord: true)
        {
            { rare, phrasesRequired ? Occur.SHOULD : Occur.MUST },
            { common, Occur.SHOULD },
        };
    }

    /// <summary>Adds <paramref name="clause"/> unless nothing in the index can match it.</summary>
    private static void Add(BooleanQuery query, Query? clause, Occur occur)
    {
        if (clause is null or BooleanQuery { Clauses.Count: 0 }) return;
        query.Add(clause, occur);
    }

    private BooleanQuery WordClause(Terms terms, string word, IReadOnlyDictionary<string, float> fields)
    {
        var clause = new BooleanQuery(disableCoord: true);
        string folded = VietnameseFolding.Fold(word);
        bool accented = VietnameseFolding.HasDiacritics(word);
        foreach (var (field, weight) in fields)
        {
            bool foldedOnly = _weights.FoldedOnly.Contains(field) || _weights.ExactFields is { } exact && !exact.Contains(field);
            if (accented && !foldedOnly) Add(clause, terms.Query(field, word, weight), Occur.SHOULD);
            Add(clause, terms.Query(VietnameseAnalyzers.Folded(field), folded, accented && !foldedOnly ? weight * _weights.FoldedFactor : weight), Occur.SHOULD);
        }
        return clause;
    }

    private BooleanQuery PairClause(Terms terms, string first, string second, IReadOnlyDictionary<string, float> fields)
    {
        var clause = new BooleanQuery(disableCoord: true);
        string foldedPair = VietnameseFolding.Fold(first) + VietnameseAnalyzers.ShingleSeparator + VietnameseFolding.Fold(second);
        foreach (var (field, weight) in fields)
            Add(clause, terms.Query(VietnameseAnalyzers.FoldedShingles(field), foldedPair, weight * _weights.ShingleFactor), Occur.SHOULD);
        return clause;
    }

    /// <summary>A phrase (or a single word) in any text field; exact spelling when every word has diacritics.</summary>
    private BooleanQuery PhraseClause(Terms terms, IReadOnlyList<string> words, float factor)
    {
        var clause = new BooleanQuery(disableCoord: true);
        bool accented = words.All(VietnameseFolding.HasDiacritics);
        foreach (var (field, weight) in _weights.TextFields)
        {
            bool exact = accented && !_weights.FoldedOnly.Contains(field);
            if (exact) Add(clause, Phrase(terms, field, words, weight * factor), Occur.SHOULD);
            Add(clause, Phrase(terms, VietnameseAnalyzers.Folded(field), words.Select(VietnameseFolding.Fold).ToList(),
                weight * factor * (exact ? _weights.FoldedFactor : 1f)), Occur.SHOULD);
        }
        return clause;
    }

    /// <summary>
    /// Any of <paramref name="headings"/> in the heading field, as folded pairs (single words alone), so that
    /// the passage chooser can weigh the same terms one by one.
    /// </summary>
    private static BooleanQuery HeadingClause(Terms terms, string heading, IReadOnlyList<IReadOnlyList<string>> headings, float weight)
    {
        var clause = new BooleanQuery(disableCoord: true);
        foreach (var words in headings)
        {
            var folded = words.Select(VietnameseFolding.Fold).ToList();
            if (folded.Count == 1) Add(clause, terms.Query(VietnameseAnalyzers.Folded(heading), folded[0], weight), Occur.SHOULD);
            for (var k = 0; k + 1 < folded.Count; k++)
                Add(clause, terms.Query(VietnameseAnalyzers.FoldedShingles(heading), folded[k] + VietnameseAnalyzers.ShingleSeparator + folded[k + 1], weight / (folded.Count - 1)), Occur.SHOULD);
        }
        return clause;
    }

    private void AddSymbolClauses(Terms terms, BooleanQuery query, string normalized)
    {
        foreach (var key in SymbolHints.FullKeys(normalized).Take(MaxPhrases))
        {
            Add(query, terms.Query(VietnameseAnalyzers.SymbolField, key, _weights.Symbol), Occur.SHOULD);
            foreach (var (field, weight) in _weights.TextFields)
                Add(query, terms.Query(_weights.FoldedOnly.Contains(field) ? VietnameseAnalyzers.Folded(field) : field, key, weight), Occur.SHOULD);
        }
        string folded = VietnameseFolding.Fold(normalized.ToLowerInvariant());
        foreach (var form in SymbolHints.PartialForms(folded).Take(MaxPhrases))
            Add(query, terms.Query(VietnameseAnalyzers.SymbolField, form, _weights.Symbol * _weights.PartialSymbolFactor), Occur.SHOULD);
    }

    private static Query? Phrase(Terms terms, string field, IReadOnlyList<string> words, float boost)
    {
        if (words.Count == 1) return terms.Query(field, words[0], boost);
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words) phrase.Add(new Term(field, word));
        return phrase;
    }

    /// <summary>Term queries through the index's <see cref="TermLookup"/> when there is one (terms found nowhere left out), else plain.</summary>
    private sealed class Terms(TermLookup? lookup)
    {
        public double Share(string field, string text) => lookup?.Share(field, text) ?? 0;

        public Query? Query(string field, string text, float boost) =>
            lookup is null ? new TermQuery(new Term(field, text)) { Boost = boost } : lookup.Query(field, text, boost);
    }
}
