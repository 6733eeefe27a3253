using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Lucene.Net.Search.Similarities;

namespace Archive.Bench.Relevance;

/// <summary>Single-knob departures from the shipped <see cref="SearchTuning"/>, measured by the relevance benchmark's --variants.</summary>
public static class RankingVariants
{
    private static readonly SearchTuning Shipped = SearchTuning.Default;

    public static IEnumerable<(string Name, SearchTuning Tuning, Similarity? Similarity)> All =>
    [
        ("shipped", Shipped, null),
        ("one thread a search", Shipped with { SplitAcrossThreads = false }, null),
        ("whole text weighs 0", Reweighed(DocumentFields.Text, 0f), null),
        ("about weighs 1", Reweighed(DocumentFields.About, 1f), null),
        ("passage: best across the archive", Shipped with { ChoosePassageWithinDocument = false }, null),
        ("no article intents", Shipped with { Weights = Shipped.Weights with { IntentFactor = 0f } }, null),
        ("no legal synonyms", Shipped with { Weights = Shipped.Weights with { SynonymFactor = 0f } }, null),
        ("question words kept", Shipped with { Weights = Shipped.Weights with { DropQuestionWords = false } }, null),
        ("common share 0.01", Shipped with { Weights = Shipped.Weights with { CommonShare = 0.01 } }, null),
        ("common share 0.1", Shipped with { Weights = Shipped.Weights with { CommonShare = 0.1 } }, null),
        ("BM25 b 0.5", Shipped, new BM25Similarity(1.2f, 0.5f)),
        ("common: every field", Shipped with { Weights = Shipped.Weights with { CommonFields = null } }, null),
        ("common: passage text", Common(DocumentFields.PassageText), null),
        ("common: passage text+heading", Common(DocumentFields.PassageText, DocumentFields.PassageHeading), null),
        ("common: passage text, about", Common(DocumentFields.PassageText, DocumentFields.About), null),
        ("common: passage text+heading, about", Common(DocumentFields.PassageText, DocumentFields.PassageHeading, DocumentFields.About), null),
        ("common: no pairs", Shipped with { Weights = Shipped.Weights with { CommonPairs = false } }, null),
        ("common: passage text, no pairs", Common(DocumentFields.PassageText) with { Weights = Common(DocumentFields.PassageText).Weights with { CommonPairs = false } }, null),
        ("every entry scored", Shipped with { Candidates = 0 }, null),
        ("30 candidate documents", Shipped with { Candidates = 30 }, null),
        ("50 candidate documents", Shipped with { Candidates = 50 }, null),
        ("200 candidate documents", Shipped with { Candidates = 200 }, null),
        ("exact words: passage text", Exact(DocumentFields.PassageText), null),
        ("exact words: every field", Shipped with { Weights = Shipped.Weights with { ExactFields = null } }, null),
        ("exact words: passage text+heading", Exact(DocumentFields.PassageText, DocumentFields.PassageHeading), null),
    ];

    private static SearchTuning Common(params string[] fields) =>
        Shipped with { Weights = Shipped.Weights with { CommonFields = new HashSet<string>(fields) } };

    private static SearchTuning Exact(params string[] fields) =>
        Shipped with { Weights = Shipped.Weights with { ExactFields = new HashSet<string>(fields) } };

    private static SearchTuning Reweighed(params object[] fieldsAndWeights)
    {
        var fields = new Dictionary<string, float>(Shipped.Weights.TextFields);
        for (var i = 0; i < fieldsAndWeights.Length; i += 2) fields[(string)fieldsAndWeights[i]] = (float)fieldsAndWeights[i + 1];
        return Shipped with { Weights = Shipped.Weights with { TextFields = fields } };
    }
}
