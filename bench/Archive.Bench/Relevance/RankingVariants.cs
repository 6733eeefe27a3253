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
        ("whole text weighs 0", Reweighed(DocumentFields.Text, 0f), null),
        ("about weighs 1", Reweighed(DocumentFields.About, 1f), null),
        ("passage: best across the archive", Shipped with { ChoosePassageWithinDocument = false }, null),
        ("no article intents", Shipped with { Weights = Shipped.Weights with { IntentFactor = 0f } }, null),
        ("no legal synonyms", Shipped with { Weights = Shipped.Weights with { SynonymFactor = 0f } }, null),
        ("question words kept", Shipped with { Weights = Shipped.Weights with { DropQuestionWords = false } }, null),
        ("common share 0.01", Shipped with { Weights = Shipped.Weights with { CommonShare = 0.01 } }, null),
        ("common share 0.1", Shipped with { Weights = Shipped.Weights with { CommonShare = 0.1 } }, null),
        ("BM25 b 0.5", Shipped, new BM25Similarity(1.2f, 0.5f)),
    ];

    private static SearchTuning Reweighed(params object[] fieldsAndWeights)
    {
        var fields = new Dictionary<string, float>(Shipped.Weights.TextFields);
        for (var i = 0; i < fieldsAndWeights.Length; i += 2) fields[(string)fieldsAndWeights[i]] = (float)fieldsAndWeights[i + 1];
        return Shipped with { Weights = Shipped.Weights with { TextFields = fields } };
    }
}
