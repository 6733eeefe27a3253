using System.Globalization;
using Archive.Bench.Citations;
using Archive.Indexer.Legal;

namespace Archive.Bench;

/// <summary>
/// Citation extraction scored on the real lines of <c>../shared/data/citations</c> with the item key of the data
/// README, beside a naive regex in the same run, per error family, on a held-out fifth of the lines, and without the
/// <see cref="ActGazetteer"/> (what the rules alone do on titles nobody listed).
/// </summary>
/// <remarks>
/// Arguments: <c>[--data DIR] [--show N] [--corpus] [--text TEXT]</c>; <c>--text</c> only prints the items of one text. <c>--show N</c> prints the first N lines with misses from
/// the development part only (never from the held-out fifth, so that it stays a check of generalization).
/// <c>--corpus</c> also runs <see cref="CitationCorpusProbe"/> over the legal corpus (no gold: suspicious outputs).
/// </remarks>
public sealed class CitationsBenchmark : IBenchmark
{
    public string Name => "citations";

    public string Description => "citation precision/recall on the real dev lines (+ per family, naive regex, held-out fifth)";

    public Task RunAsync(string[] args)
    {
        var data = BenchArguments.Option(args, "--data") ?? BenchArguments.FindData();
        var show = int.Parse(BenchArguments.Option(args, "--show") ?? "0", CultureInfo.InvariantCulture);
        var extractor = new CitationExtractor();
        if (BenchArguments.Option(args, "--text") is { } text)
        {
            foreach (var c in extractor.Extract(text))
                Console.WriteLine($"{CitationKey.Of(c.Kind, c.Symbol, c.Title, c.Self, c.Article, c.Clause, c.Point)}  {c.Relation}  [{c.Text}]");
            return Task.CompletedTask;
        }
        var rulesOnly = new CitationExtractor(ActGazetteer.Empty);
        foreach (var name in (string[])["lines-dev.jsonl", "ocr-lines-dev.jsonl"])
            Report(name, GoldLine.Read(Path.Combine(data, "citations", name)), extractor, rulesOnly, show);
        if (args.Contains("--corpus")) CitationCorpusProbe.Run(Path.Combine(data, "legal-corpus"), extractor, show);
        return Task.CompletedTask;
    }

    private static void Report(string name, IReadOnlyList<GoldLine> lines, CitationExtractor extractor, CitationExtractor rulesOnly, int show)
    {
        CitationScore all = new(), baseline = new(), development = new(), heldOut = new(), rules = new();
        var misses = new List<string>();
        var relationsCompared = 0;
        var relationsAgreed = 0;
        var relationMisses = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var citations = extractor.Extract(line.Line);
            var predicted = citations.Select(c => CitationKey.Of(c.Kind, c.Symbol, c.Title, c.Self, c.Article, c.Clause, c.Point)).ToList();
            // The relation of each gold item found with the same key (not part of the item score).
            for (var g = 0; g < line.Gold.Count; g++)
            {
                var at = predicted.IndexOf(line.Gold[g]);
                if (at < 0 || line.Relations[g] is not { } goldRelation) continue;
                relationsCompared++;
                var got = citations[at].Relation.ToString();
                if (string.Equals(got, goldRelation, StringComparison.OrdinalIgnoreCase)) relationsAgreed++;
                else if (i % 5 != 4) relationMisses.Add($"  line {line.LineNo}: {line.Gold[g]} gold {goldRelation}, got {got}");
            }
            var (missing, extra) = all.Add(line.Line, line.Gold, predicted);
            baseline.Add(line.Line, line.Gold, NaiveCitationRegex.Extract(line.Line));
            rules.Add(line.Line, line.Gold, rulesOnly.Extract(line.Line).Select(c => CitationKey.Of(c.Kind, c.Symbol, c.Title, c.Self, c.Article, c.Clause, c.Point)));
            // Every fifth line is held out: its misses are never printed, so its figure tells whether rules generalize.
            var isHeldOut = i % 5 == 4;
            (isHeldOut ? heldOut : development).Add(line.Line, line.Gold, predicted);
            if (!isHeldOut && (missing.Count > 0 || extra.Count > 0))
                misses.Add($"  line {line.LineNo}: {line.Line}\n" + string.Concat(missing.Select(k => $"      missing {k}\n")) + string.Concat(extra.Select(k => $"      extra   {k}\n")));
        }

        Console.WriteLine($"{name}: {lines.Count} lines, {all.Gold} gold items");
        Console.WriteLine($"  {"",-30} {"extractor P / R",-17} {"naive regex P / R",-19} gold  predicted");
        Row("all", all, baseline);
        Row("development (4/5)", development, null);
        Row("held out (every 5th line)", heldOut, null);
        Row("rules only (no gazetteer)", rules, null);
        foreach (var family in CitationFamilies.All)
        {
            var f = all.Family(family);
            if (f.Gold == 0 && f.Predicted == 0) continue;
            var b = baseline.Family(family);
            Console.WriteLine($"  {family,-30} {f.Precision,6:F3} / {f.Recall,5:F3}   {b.Precision,6:F3} / {b.Recall,5:F3}     {f.Gold,4}  {f.Predicted,4}");
        }
        Console.WriteLine($"  relation of the items found: {relationsAgreed}/{relationsCompared} agree with the gold");
        foreach (var miss in misses.Take(show)) Console.Write(miss);
        foreach (var miss in relationMisses.Take(show)) Console.WriteLine(miss);
        Console.WriteLine();
    }

    private static void Row(string label, CitationScore score, CitationScore? baseline) =>
        Console.WriteLine($"  {label,-30} {score.Precision,6:F3} / {score.Recall,5:F3}   " +
                          (baseline is null ? $"{"",17}  " : $"{baseline.Precision,6:F3} / {baseline.Recall,5:F3}     ") +
                          $"{score.Gold,4}  {score.Predicted,4}");
}
