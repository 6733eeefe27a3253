using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Archive.Indexer.Index;

/// <summary>
/// A segment's per-document values that a search reads for every matching document (the facets' kind, issuer and
/// year; the date order's issue day and upload time), held in memory once per segment core. Lucene's doc values
/// stay on disk and are read one document at a time through a cloned input: at 100,000 documents that was two
/// thirds of counting a question's matches into the facets (a trace of <c>bench search-scale</c>). A segment never
/// changes and deletions never move entries, so the columns live as long as the segment's core, as
/// <see cref="EntryBlocks"/> do. Memory: a few bytes per entry and column (~16 MB at 660,000 entries, the date
/// columns only once a search sorts by date).
/// </summary>
public sealed class DocumentColumns
{
    /// <summary>What a column holds for an entry without the value.</summary>
    public const int None = int.MinValue;

    private static readonly ConditionalWeakTable<object, DocumentColumns> Cache = new();

    private int[]? days;
    private long[]? createdAt;

    private DocumentColumns(AtomicReader segment)
    {
        Kind = FacetColumn.Read(segment, DocumentFields.KindFacet);
        Issuer = FacetColumn.Read(segment, DocumentFields.IssuerFacet);
        Year = Numbers(segment, DocumentFields.Year);
    }

    /// <summary>The columns of <paramref name="segment"/>, read the first time a search asks.</summary>
    public static DocumentColumns Of(AtomicReader segment) => Cache.GetValue(segment.CoreCacheKey, _ => new DocumentColumns(segment));

    /// <summary>Each entry's document kind (a facet).</summary>
    public FacetColumn Kind { get; }

    /// <summary>Each entry's issuer (a facet).</summary>
    public FacetColumn Issuer { get; }

    /// <summary>Each entry's issue year, <see cref="None"/> without one.</summary>
    public int[] Year { get; }

    /// <summary>
    /// Each entry's issue day (<see cref="DateOnly.DayNumber"/>), <see cref="None"/> without one; read the first time a
    /// search sorts by date, through <paramref name="segment"/>, the reader that search holds: the one that made these
    /// columns may be closed by then (a reopen after a deletion gives the same core a new reader and closes the old).
    /// </summary>
    public int[] IssuedOnDay(AtomicReader segment) =>
        LazyInitializer.EnsureInitialized(ref days, () => Numbers(segment, DocumentFields.IssuedOnDay));

    /// <summary>Each entry's upload time in UTC ticks, 0 without one; read as <see cref="IssuedOnDay"/> is.</summary>
    public long[] CreatedAt(AtomicReader segment) =>
        LazyInitializer.EnsureInitialized(ref createdAt, () => Longs(segment, DocumentFields.CreatedAt));

    private static int[] Numbers(AtomicReader segment, string field)
    {
        var column = new int[segment.MaxDoc];
        Array.Fill(column, None);
        var values = segment.GetNumericDocValues(field);
        var present = segment.GetDocsWithField(field);
        if (values is null || present is null) return column;
        for (var doc = 0; doc < column.Length; doc++)
            if (present.Get(doc)) column[doc] = (int)values.Get(doc);
        return column;
    }

    private static long[] Longs(AtomicReader segment, string field)
    {
        var column = new long[segment.MaxDoc];
        var values = segment.GetNumericDocValues(field);
        if (values is null) return column;
        for (var doc = 0; doc < column.Length; doc++) column[doc] = values.Get(doc);
        return column;
    }
}
