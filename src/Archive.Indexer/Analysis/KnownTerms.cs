using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace Archive.Indexer.Analysis;

/// <summary>
/// The terms one reader's look-ups found, read and written by concurrent searches; bounded, as anyone can type new
/// words, yet never done learning: two generations, the older one dropped when the newer is full, a term found in
/// the older one moving to the newer (the words questions keep using stay; a burst of odd words passes through).
/// </summary>
internal sealed class KnownTerms(int capacity)
{
    public const int DefaultCapacity = 50_000;

    private readonly object turn = new();
    private ConcurrentDictionary<(string Field, string Text), TermContext> recent = new();
    private ConcurrentDictionary<(string Field, string Text), TermContext> older = new();

    /// <summary>How many terms are remembered (at most twice the capacity of one generation).</summary>
    public int Count => recent.Count + older.Count;

    public TermContext? Find((string Field, string Text) term)
    {
        if (recent.TryGetValue(term, out var context)) return context;
        if (!older.TryGetValue(term, out context)) return null;
        Remember(term, context);
        return context;
    }

    public void Remember((string Field, string Text) term, TermContext context)
    {
        if (recent.Count >= capacity)
        {
            lock (turn)
            {
                if (recent.Count >= capacity)
                {
                    older = recent;
                    recent = new();
                }
            }
        }
        recent.TryAdd(term, context);
    }
}
