namespace Archive.Bench.Relevance;

/// <summary>One system answering a question: documents best first, each with the article it names (if any).</summary>
public interface IRetrievalSystem : IDisposable
{
    string Name { get; }

    IReadOnlyList<RankedDocument> Search(string question);
}

/// <summary>A document of an answer and the label of the passage shown for it ("Điều 12"), or null.</summary>
public sealed record RankedDocument(string Id, string? Passage);
