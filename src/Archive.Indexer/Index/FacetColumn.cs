using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Indexer.Index;

/// <summary>A facet's value for each entry of a segment, as an ordinal into <see cref="Names"/> (-1 without one).</summary>
public sealed class FacetColumn(int[] ords, string[] names)
{
    public int[] Ords { get; } = ords;

    public string[] Names { get; } = names;

    internal static FacetColumn Read(AtomicReader segment, string field)
    {
        var ords = new int[segment.MaxDoc];
        var values = segment.GetSortedDocValues(field);
        if (values is null)
        {
            Array.Fill(ords, -1);
            return new FacetColumn(ords, []);
        }
        for (var doc = 0; doc < ords.Length; doc++) ords[doc] = values.GetOrd(doc);
        var names = new string[values.ValueCount];
        var name = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, name);
            names[ord] = name.Utf8ToString();
        }
        return new FacetColumn(ords, names);
    }
}
