namespace Archive.Indexer.Index;

/// <summary>
/// One term's frequency in each document entry of a segment (<see cref="TermColumns"/>): <see cref="Documents"/> are
/// the segment's document entries in order, a document's frequency is at its rank among them (0: not held).
/// </summary>
internal sealed class TermColumn(int[] documents, byte[] frequencies, Dictionary<int, int>? high, int held)
{
    /// <summary>How many document entries hold the term (deleted ones included, as a term's document frequency).</summary>
    public int Held { get; } = held;

    /// <summary>The segment's document entries, in order (shared by every column of the segment).</summary>
    public int[] Documents { get; } = documents;

    /// <summary>How often the term occurs in the document entry of rank <paramref name="rank"/>.</summary>
    public int Frequency(int rank)
    {
        var freq = frequencies[rank];
        return freq == byte.MaxValue ? high![rank] : freq;
    }
}
