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
    private Generation recent = new();
    private Generation older = new();

    /// <summary>How many terms are remembered (at most twice the capacity of one generation).</summary>
    public int Count => recent.Terms.Count + older.Terms.Count;

    public TermContext? Find((string Field, string Text) term)
    {
        if (recent.Terms.TryGetValue(term, out var context)) return context;
        if (!older.Terms.TryGetValue(term, out context)) return null;
        Remember(term, context);
        return context;
    }

    public void Remember((string Field, string Text) term, TermContext context)
    {
        // The generation's own count: ConcurrentDictionary.Count takes every lock of the dictionary, and a search
        // remembers a hundred terms or more (a profile of the service showed it as 40 % of a term's look-up).
        if (Volatile.Read(ref recent.Added) >= capacity)
        {
            lock (turn)
            {
                if (recent.Added >= capacity)
                {
                    older = recent;
                    recent = new();
                }
            }
        }
        var into = recent;
        if (into.Terms.TryAdd(term, context)) Interlocked.Increment(ref into.Added);
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<(string Field, string Text), TermContext> Terms = new();
        public int Added;
    }
}
