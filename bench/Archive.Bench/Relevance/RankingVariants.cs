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
        ("passage weight 1", Shipped with { PassageWeight = 1f }, null),
        ("passage weight 4", Shipped with { PassageWeight = 4f }, null),
        ("no legal synonyms", Shipped with
        {
            DocumentWeights = Shipped.DocumentWeights with { SynonymFactor = 0f },
            PassageWeights = Shipped.PassageWeights with { SynonymFactor = 0f },
        }, null),
        ("question words kept", Shipped with
        {
            DocumentWeights = Shipped.DocumentWeights with { DropQuestionWords = false },
            PassageWeights = Shipped.PassageWeights with { DropQuestionWords = false },
        }, null),
        ("BM25 similarity", Shipped, new BM25Similarity()),
    ];
}
