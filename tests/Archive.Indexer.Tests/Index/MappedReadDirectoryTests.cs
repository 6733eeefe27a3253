using Archive.Indexer.Index;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Indexer.Tests.Index;

/// <summary>
/// The index's files are read through a memory mapping up to a budget and by positional reads beyond it: whichever way
/// a file is read, a search reads the same; the mapped bytes stay within the budget and are given back when closed.
/// </summary>
public sealed class MappedReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo folder = System.IO.Directory.CreateTempSubdirectory("archive-mapped-read-");

    public MappedReadDirectoryTests()
    {
        using var directory = new MappedReadDirectory(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
        {
            MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            UseCompoundFile = false, // each kind of data in its own file, as in a large archive's segments
        });
        for (var i = 0; i < 600; i++)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", $"vb-{i}", Field.Store.YES),
                new TextField("text", $"thôn {i % 7} họp dân bàn việc {i % 13} đường liên thôn số {i}", Field.Store.YES),
            });
            if (i % 200 == 199) writer.Commit(); // three segments, files of different sizes
        }
    }

    public void Dispose() => folder.Delete(recursive: true);

    private static List<string> Read(LuceneDirectory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var seen = new List<string>();
        foreach (var word in new[] { "3", "họp", "5", "liên" })
        {
            var hits = searcher.Search(new TermQuery(new Term("text", word)), 1000);
            seen.Add($"{word}: {hits.TotalHits}");
            seen.AddRange(hits.ScoreDocs.Select(h => $"{h.Doc} {h.Score} {searcher.Doc(h.Doc).Get("id")} {searcher.Doc(h.Doc).Get("text")}"));
        }
        return seen;
    }

    [Fact]
    public void A_search_reads_the_same_whether_every_file_some_files_or_no_file_is_mapped()
    {
        using var positional = new MappedReadDirectory(folder, mappedBudgetBytes: 0);
        using var some = new MappedReadDirectory(folder, mappedBudgetBytes: 6 * 1024);
        using var mapped = new MappedReadDirectory(folder);

        var expected = Read(positional);

        Assert.Equal(expected, Read(some));
        Assert.Equal(expected, Read(mapped));
        Assert.Contains("họp: 600", expected);
    }

    [Fact]
    public void The_mapped_bytes_stay_within_the_budget_while_a_reader_is_open_and_are_given_back_when_it_closes()
    {
        var total = folder.GetFiles().Sum(f => f.Length);
        var budget = total / 3;
        using var directory = new MappedReadDirectory(folder, budget);

        using (var reader = DirectoryReader.Open(directory))
        {
            new IndexSearcher(reader).Search(new TermQuery(new Term("text", "họp")), 10);
            Assert.InRange(directory.MappedBytes, 1, budget);
        }

        Assert.Equal(0, directory.MappedBytes);
        using var everything = new MappedReadDirectory(folder, total);
        using (DirectoryReader.Open(everything))
            Assert.True(everything.MappedBytes > budget, $"{everything.MappedBytes} of {total} bytes mapped");
    }

    [Fact]
    public void The_budget_goes_to_the_postings_before_positions_and_stored_fields()
    {
        static bool Late(string name) => name.EndsWith(".pos", StringComparison.Ordinal) || name.EndsWith(".fdt", StringComparison.Ordinal);
        var files = folder.GetFiles();
        var early = files.Where(f => !Late(f.Name)).Sum(f => f.Length);
        using var directory = new MappedReadDirectory(folder, early);
        using var positional = new MappedReadDirectory(folder, mappedBudgetBytes: 0);

        using (var reader = DirectoryReader.Open(directory))
        {
            Assert.Equal(Read(positional), Read(directory));
            var mapped = directory.MappedFiles;
            // Lucene opens the first segment's positions and stored fields before the third segment's postings.
            Assert.DoesNotContain(mapped, Late);
            var postings = files.Where(f => f.Name.EndsWith(".doc", StringComparison.Ordinal)).Select(f => f.Name).ToList();
            Assert.Equal(3, postings.Count);
            Assert.All(postings, name => Assert.Contains(name, mapped));
            Assert.InRange(directory.MappedBytes, 1, early);
        }

        // With the whole folder within half the budget, positions and stored fields are mapped too.
        using var roomy = new MappedReadDirectory(folder, 2 * files.Sum(f => f.Length));
        using (DirectoryReader.Open(roomy))
            Assert.Contains(roomy.MappedFiles, Late);
        // Where the other files fill half of it, they are not: the rest stays for the postings of segments to come.
        using var tight = new MappedReadDirectory(folder, 2 * early);
        using (DirectoryReader.Open(tight))
            Assert.DoesNotContain(tight.MappedFiles, Late);
    }
}
