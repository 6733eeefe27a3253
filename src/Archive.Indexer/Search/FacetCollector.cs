using System.Globalization;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Archive.Indexer.Search;

/// <summary>
/// Counts every matching document by kind, issue year and issuer, alongside the
/// collector that keeps the top hits, so facets describe the whole result, not just one page. Kinds and
/// issuers are counted by their ordinal in the segment and named once per segment, not once per hit; the values
/// come from the segment's <see cref="DocumentColumns"/> in memory.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private const int MaxValuesPerFacet = 20;

    private readonly Dictionary<string, int> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> issuers = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> years = [];
    private readonly SegmentCounts kindCounts = new();
    private readonly SegmentCounts issuerCounts = new();
    private int[] yearColumn = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var columns = DocumentColumns.Of(context.AtomicReader);
        kindCounts.Start(columns.Kind, kinds);
        issuerCounts.Start(columns.Issuer, issuers);
        yearColumn = columns.Year;
    }

    public void Collect(int doc)
    {
        kindCounts.Collect(doc);
        issuerCounts.Collect(doc);
        var year = yearColumn[doc];
        if (year != DocumentColumns.None) years[year] = years.GetValueOrDefault(year) + 1;
    }

    /// <summary>Adds the counts of <paramref name="other"/>, which collected other documents (another part of the index).</summary>
    internal void Include(FacetCollector other)
    {
        other.kindCounts.Finish();
        other.issuerCounts.Finish();
        foreach (var (name, count) in other.kinds) kinds[name] = kinds.GetValueOrDefault(name) + count;
        foreach (var (name, count) in other.issuers) issuers[name] = issuers.GetValueOrDefault(name) + count;
        foreach (var (year, count) in other.years) years[year] = years.GetValueOrDefault(year) + count;
    }

    public SearchFacets Result()
    {
        kindCounts.Finish();
        issuerCounts.Finish();
        return new(
            Top(kinds),
            Top(years.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value)),
            Top(issuers));
    }

    private static List<FacetCount> Top(Dictionary<string, int> counts) => counts
        .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
        .Take(MaxValuesPerFacet).Select(p => new FacetCount(p.Key, p.Value)).ToList();

    /// <summary>One facet's counts per ordinal within the current segment, added to the named totals when it ends.</summary>
    private sealed class SegmentCounts
    {
        private FacetColumn? column;
        private Dictionary<string, int>? totals;
        private int[] counts = [];

        public void Start(FacetColumn segmentColumn, Dictionary<string, int> into)
        {
            Finish();
            column = segmentColumn;
            totals = into;
            if (counts.Length < column.Names.Length) counts = new int[column.Names.Length];
            else Array.Clear(counts, 0, column.Names.Length);
        }

        public void Collect(int doc)
        {
            var ord = column!.Ords[doc];
            if (ord >= 0) counts[ord]++;
        }

        public void Finish()
        {
            if (column is null || totals is null) return;
            for (var ord = 0; ord < column.Names.Length; ord++)
                if (counts[ord] > 0) totals[column.Names[ord]] = totals.GetValueOrDefault(column.Names[ord]) + counts[ord];
            column = null;
        }
    }
}
