namespace Archive.Indexer.Search;

/// <summary>
/// The best <c>depth</c> of the documents offered, by <see cref="RankedDocument.WorstFirst"/>: one home for what the
/// first pass and the document collector keep, memory in the depth, not in the documents offered.
/// </summary>
internal sealed class BestDocuments(int depth, SearchSort sort)
{
    private readonly Comparer<RankedDocument> worstFirst = RankedDocument.WorstFirst(sort);
    private readonly PriorityQueue<RankedDocument, RankedDocument> top = new(Math.Min(depth, 4096) + 1, RankedDocument.WorstFirst(sort));

    public int Count => top.Count;

    /// <summary>Keeps <paramref name="document"/> if it is among the best so far (a tie with the worst kept is not).</summary>
    public void Offer(RankedDocument document)
    {
        if (top.Count == depth && worstFirst.Compare(document, top.Peek()) <= 0) return;
        top.Enqueue(document, document);
        if (top.Count > depth) top.Dequeue();
    }

    /// <summary>The kept documents, in no order.</summary>
    public List<RankedDocument> Unordered() => top.UnorderedItems.Select(item => item.Element).ToList();

    /// <summary>The kept documents best first (empties the keeping).</summary>
    public List<RankedDocument> BestFirst()
    {
        var ranked = new List<RankedDocument>(top.Count);
        while (top.Count > 0) ranked.Add(top.Dequeue());
        ranked.Reverse();
        return ranked;
    }

    /// <summary>The best <paramref name="depth"/> of <paramref name="documents"/>, in no order.</summary>
    public static List<RankedDocument> Of(IEnumerable<RankedDocument> documents, int depth, SearchSort sort)
    {
        var best = new BestDocuments(depth, sort);
        foreach (var document in documents) best.Offer(document);
        return best.Unordered();
    }
}
