using System.Diagnostics;
using Archive.Indexer.Legal;
using Xunit.Abstractions;

namespace Archive.Indexer.Tests.Legal;

public class CitationFixtureTests(ITestOutputHelper output)
{
    private readonly CitationExtractor extractor = new();

    [Fact]
    public void The_fixture_is_extracted_with_high_precision_and_recall()
    {
        var cases = CitationFixture.Load();
        Assert.True(cases.Count >= 150, $"fixture has {cases.Count} lines");
        int truePositives = 0, actualCount = 0, expectedCount = 0, relationsChecked = 0, relationsRight = 0;
        foreach (var c in cases)
        {
            var actual = extractor.Extract(c.Text).ToList();
            var unmatched = actual.ToList();
            var missed = new List<ExpectedCitation>();
            foreach (var e in c.Expected)
            {
                var hit = unmatched.FirstOrDefault(e.Matches);
                if (hit is null) { missed.Add(e); continue; }
                unmatched.Remove(hit);
                truePositives++;
                if (e.Relation is { } relation)
                {
                    relationsChecked++;
                    if (hit.Relation == relation) relationsRight++;
                    else output.WriteLine($"line {c.Line}: relation {hit.Relation}, expected {relation}: {e}");
                }
            }
            actualCount += actual.Count;
            expectedCount += c.Expected.Count;
            if (missed.Count == 0 && unmatched.Count == 0) continue;
            output.WriteLine($"line {c.Line}: {c.Text}");
            foreach (var m in missed) output.WriteLine($"   missed:   {m}");
            foreach (var u in unmatched) output.WriteLine($"   spurious: {ExpectedCitation.Describe(u)}  «{u.Text}»");
        }

        var precision = actualCount == 0 ? 1 : (double)truePositives / actualCount;
        var recall = expectedCount == 0 ? 1 : (double)truePositives / expectedCount;
        var relationAccuracy = relationsChecked == 0 ? 1 : (double)relationsRight / relationsChecked;
        output.WriteLine($"{cases.Count} lines, {expectedCount} expected, {actualCount} extracted: precision {precision:P1}, recall {recall:P1}, relations {relationAccuracy:P1} of {relationsChecked}");
        Assert.True(precision >= 0.97, $"precision {precision:P1}");
        Assert.True(recall >= 0.95, $"recall {recall:P1}");
        Assert.True(relationAccuracy >= 0.9, $"relation accuracy {relationAccuracy:P1}");
    }

    [Fact]
    public void Every_span_of_the_fixture_is_the_text_it_reports()
    {
        foreach (var c in CitationFixture.Load())
        foreach (var citation in extractor.Extract(c.Text))
        {
            Assert.InRange(citation.Start, 0, citation.End);
            Assert.InRange(citation.End, citation.Start, c.Text.Length);
            Assert.Equal(c.Text[citation.Start..citation.End], citation.Text);
        }
    }

    [Fact]
    public void Extraction_speed_is_reported()
    {
        var texts = CitationFixture.Load().Select(c => c.Text).ToList();
        foreach (var t in texts) extractor.Extract(t);
        var watch = Stopwatch.StartNew();
        var rounds = 0;
        while (watch.ElapsedMilliseconds < 500)
        {
            foreach (var t in texts) extractor.Extract(t);
            rounds++;
        }
        var perLine = watch.Elapsed.TotalMicroseconds / (rounds * texts.Count);
        output.WriteLine($"{perLine:F1} µs per line ({1_000_000 / perLine:F0} lines/s)");
        Assert.True(perLine < 5_000, $"{perLine:F1} µs per line");
    }
}
