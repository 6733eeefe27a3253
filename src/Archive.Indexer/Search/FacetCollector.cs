using System.Globalization;
using Archive.Indexer.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Archive.Indexer.Search;

/// <summary>
/// Counts every matching document by kind, issue year and issuer (from doc values), alongside the
/// collector that keeps the top hits, so facets describe the whole result, not just one page.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private const int MaxValuesPerFacet = 20;

    private readonly Dictionary<string, int> kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> issuers = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> years = [];
    private readonly BytesRef scratch = new();
    private SortedDocValues? kindValues;
    private SortedDocValues? issuerValues;
    private NumericDocValues? yearValues;
    private IBits? hasYear;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        var reader = context.AtomicReader;
        kindValues = reader.GetSortedDocValues(DocumentFields.KindFacet);
        issuerValues = reader.GetSortedDocValues(DocumentFields.IssuerFacet);
        yearValues = reader.GetNumericDocValues(DocumentFields.Year);
        hasYear = reader.GetDocsWithField(DocumentFields.Year);
    }

    public void Collect(int doc)
    {
        Count(kinds, kindValues, doc);
        Count(issuers, issuerValues, doc);
        if (yearValues is not null && hasYear is not null && hasYear.Get(doc))
        {
            var year = (int)yearValues.Get(doc);
            years[year] = years.GetValueOrDefault(year) + 1;
        }
    }

    private void Count(Dictionary<string, int> counts, SortedDocValues? values, int doc)
    {
        if (values is null) return;
        var ord = values.GetOrd(doc);
        if (ord < 0) return;
        values.LookupOrd(ord, scratch);
        var value = scratch.Utf8ToString();
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    public SearchFacets Result() => new(
        Top(kinds),
        Top(years.ToDictionary(p => p.Key.ToString(CultureInfo.InvariantCulture), p => p.Value)),
        Top(issuers));

    private static List<FacetCount> Top(Dictionary<string, int> counts) => counts
        .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
        .Take(MaxValuesPerFacet).Select(p => new FacetCount(p.Key, p.Value)).ToList();
}
