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
        // Beside rarer words, a common word in a passage's heading pulled the wrong article up (MRR@10 accents/bare,
        // halves A/B: 0.920/0.932, 0.929/0.943 with every field; 0.942/0.955, 0.939/0.953 without the heading) and
        // each field left out is one clause less to advance to every entry the rarer words find.
        CommonFields = new HashSet<string> { DocumentFields.PassageText, DocumentFields.About, DocumentFields.Text },
        // A word typed with diacritics is looked up in its exact spelling in the passage text and in what a document
        // says of itself, but only folded in passage headings: the exact heading clause was worth nothing (MRR@10 with
        // diacritics, halves A/B, on a reused index: 0.942/0.955 with it, 0.943/0.955 without; bare and right article
        // unchanged); few question words are in a heading exactly, so it saves under one clause a question.
        ExactFields = new HashSet<string> { DocumentFields.PassageText, DocumentFields.About },
    };

    /// <summary>Share of a document's second-best passage added to its score.</summary>
    public float SecondPassageWeight { get; init; }

    /// <summary>
    /// Whether the passage a hit shows is chosen among its document's own passages (<see cref="PassageChooser"/>)
    /// rather than being the one that scored best across the archive.
    /// </summary>
    public bool ChoosePassageWithinDocument { get; init; } = true;

    /// <summary>
    /// How many documents, preselected by their own entries (<see cref="DocumentLevelQuery"/>), have their articles
    /// scored by the whole query (at least as many as the page asked for reaches); 0 scores every entry.
    /// </summary>
    public int Candidates { get; init; } = 100;

    /// <summary>
    /// For how many documents beyond the candidates, at most, the first pass scores a question's common words
    /// (<see cref="DocumentFirstPass"/>): among those the words could still bring among the candidates, the best by
    /// the rarer words. <see cref="int.MaxValue"/> gives the candidates of scoring the whole query on every document.
    /// </summary>
    public int CommonScoredAtMost { get; init; } = 1000;

    /// <summary>
    /// Whether a search asked while no other runs splits its independent work across two threads (<see cref="SearchHalves"/>):
    /// the weight of the articles' clauses beside the first pass, the candidates' articles in two halves, the shown
    /// hits in two halves. The ranking is the same either way.
    /// </summary>
    public bool SplitAcrossThreads { get; init; } = true;

    public static SearchTuning Default { get; } = new();
}
