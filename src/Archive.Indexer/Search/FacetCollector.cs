using System.Globalization;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// Counts every matching document by kind, issue year and issuer (from doc values), alongside the
/// collector that keeps the top hits, so facets describe the whole result, not just one page. Kinds and
/// issuers are counted by their ordinal in the segment and named once per segment, not once per hit.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private const int MaxValuesPerFacet = 20;

    private readonly Dictionary<string, int> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> issuers = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> years = [];
    private readonly SegmentCounts kindCounts = new();
    private readonly SegmentCounts issuerCounts = new();
    private NumericDocValues? yearValues;
    private IBits? hasYear;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        kindCounts.Start(reader.GetSortedDocValues(DocumentFields.KindFacet), kinds);
        issuerCounts.Start(reader.GetSortedDocValues(DocumentFields.IssuerFacet), issuers);
        yearValues = reader.GetNumericDocValues(DocumentFields.Year);
        hasYear = reader.GetDocsWithField(DocumentFields.Year);
    }

    public void Collect(int doc)
    {
        kindCounts.Collect(doc);
        issuerCounts.Collect(doc);
        if (yearValues is not null && hasYear is not null && hasYear.Get(doc))
        {
            var year = (int)yearValues.Get(doc);
            years[year] = years.GetValueOrDefault(year) + 1;
        }
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
        private SortedDocValues? values;
        private Dictionary<string, int>? totals;
        private int[] counts = [];

        public void Start(SortedDocValues? segmentValues, Dictionary<string, int> into)
        {
            Finish();
            values = segmentValues;
            totals = into;
            if (values is null) return;
            if (counts.Length < values.ValueCount) counts = new int[values.ValueCount];
            else Array.Clear(counts, 0, values.ValueCount);
        }

        public void Collect(int doc)
        {
            if (values is null) return;
            var ord = values.GetOrd(doc);
            if (ord >= 0) counts[ord]++;
        }

        public void Finish()
        {
            if (values is null || totals is null) return;
            var name = new BytesRef();
            for (var ord = 0; ord < values.ValueCount; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, name);
                var value = name.Utf8ToString();
                totals[value] = totals.GetValueOrDefault(value) + counts[ord];
            }
            values = null;
        }
    }
}
