namespace Archive.Indexer.Search;

/// <summary>A matching document: its entry (index-wide), its score, its best passage entry or -1, and its sort keys.</summary>
internal readonly record struct RankedDocument(int Doc, float Score, int Passage, long Day, long CreatedAt)
{
    /// <summary>
    /// The order of a ranking's kept documents with the worst first (the head of a queue keeping the best): lowest
    /// score, then the later entry (Lucene's tie order); by date, the oldest first, then by score.
    /// </summary>
    public static Comparer<RankedDocument> WorstFirst(SearchSort sort) => sort == SearchSort.Date ? ByDate : ByScore;

    private static readonly Comparer<RankedDocument> ByScore = Comparer<RankedDocument>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));

    private static readonly Comparer<RankedDocument> ByDate = Comparer<RankedDocument>.Create((a, b) =>
        a.Day != b.Day ? a.Day.CompareTo(b.Day) : a.CreatedAt != b.CreatedAt ? a.CreatedAt.CompareTo(b.CreatedAt) : ByScore.Compare(a, b));
}
