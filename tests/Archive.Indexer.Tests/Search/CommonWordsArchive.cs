namespace Archive.Indexer.Tests.Search;

/// <summary>
/// Documents that all hold the same common words ("quy định", "cơ quan", "người lao động"), for the tests that read such
/// words from their columns instead of their postings.
/// </summary>
internal static class CommonWordsArchive
{
    /// <summary>Adds the regulations doc-0 to doc-38 (not yet searchable), each repeating "lao động" 0 to 4 times.</summary>
    public static void AddNumbered(SearchArchive archive)
    {
        for (var i = 0; i < 39; i++)
            archive.Add($"doc-{i}", $"Quy định số {i}", $"Điều 1. Cơ quan quy định người lao động {string.Concat(Enumerable.Repeat("lao động ", i % 5))}mục {i}.\n",
                refresh: false);
    }

    /// <summary>Adds doc-long (not yet searchable): "người lao động" 300 times, a frequency above a byte, then <paramref name="tail"/>.</summary>
    public static void AddLong(SearchArchive archive, string tail = "") =>
        archive.Add("doc-long", "Quy định dài", "Điều 1. Cơ quan quy định " + string.Concat(Enumerable.Repeat("người lao động ", 300)) + tail + "\n", refresh: false);
}
