using Archive.Indexer.Analysis;
using Archive.Indexer.Index;

namespace Archive.Indexer.Search;

/// <summary>
/// The knobs of <see cref="DocumentSearch"/>'s ranking, measured with the relevance benchmark on the real
/// development questions (bench: <c>relevance</c>, tuned on one half, confirmed on the other).
/// </summary>
public sealed record SearchTuning
{
    /// <summary>
    /// How the words are weighed in each field of a document entry (title, kind, issuer, whole text) and of a
    /// passage entry (heading, text): a document scores its own entry plus its best passage.
    /// </summary>
    public QueryFieldWeights Weights { get; init; } = new()
    {
        TextFields = DocumentFields.SearchedFields,
        CommonnessField = DocumentFields.PassageText,
        HeadingField = DocumentFields.PassageHeading,
        CommonShare = 0.03,
        FoldedOnly = DocumentFields.FoldedOnly,
    };

    /// <summary>Share of a document's second-best passage added to its score.</summary>
    public float SecondPassageWeight { get; init; }

    /// <summary>
    /// Whether the passage a hit shows is chosen among its document's own passages (<see cref="PassageChooser"/>)
    /// rather than being the one that scored best across the archive.
    /// </summary>
    public bool ChoosePassageWithinDocument { get; init; } = true;

    public static SearchTuning Default { get; } = new();
}
