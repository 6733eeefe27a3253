using System.Diagnostics;
using System.Text;
using Archive.Bench.Relevance;
using Archive.Indexer.Search;

namespace Archive.Bench;

/// <summary>
/// Retrieval quality on the real development data (<see cref="LegalCorpus"/>): the archive's own search against
/// plain StandardAnalyzer and StandardAnalyzer + ASCIIFolding, indexed and asked in the same run, with the
/// questions as typed and without diacritics, on both halves of a stable split of the questions (tune on one,
/// confirm on the other) and on all of them.
/// </summary>
public sealed class RelevanceBenchmark : IBenchmark
{
    public string Name => "relevance";

    public string Description => "real legal corpus + 399 real questions: MRR@10, recall@10, nDCG@10, best article@1, ours vs StandardAnalyzer [corpus folder] [--misses FILE] [--index DIR to keep/reuse] [--segments N to merge it to] [--variants] [--variants-matching TEXT] [--archive-only: no baselines, for profiling] [--passes N: processor time as the least of N passes] [--threads-ab: one search on two threads against one, interleaved]";

    public Task RunAsync(string[] args)
    {
        var options = args.ToList();
        var misses = Option(options, "--misses");
        var keepIndex = Option(options, "--index");
        var only = Option(options, "--variants-matching");
        var variants = options.Remove("--variants") || only is not null;
        var segments = Option(options, "--segments");
        var archiveOnly = options.Remove("--archive-only");
        var threadsAb = options.Remove("--threads-ab");
        passes = int.Parse(Option(options, "--passes") ?? "1");
        var corpus = LegalCorpus.Load(LegalCorpus.Locate(options.FirstOrDefault()));
        Console.WriteLine($"{corpus.Documents.Count} documents, {corpus.Questions.Count} questions "
            + $"(half A {corpus.Questions.Count(q => q.Half == 'A')}, half B {corpus.Questions.Count(q => q.Half == 'B')})");

        var (ours, oursCost) = Timed(() => new ArchiveSystem(corpus, keepIndex));
        using var _ = ours;
        Console.WriteLine(ours.Built ? $"archive index built in {oursCost}" : $"archive index reused from {keepIndex}");
        if (segments is not null)
        {
            var (count, mergeCost) = Timed(() => ours.Merge(int.Parse(segments)));
            Console.WriteLine($"archive index: {count} segments, merged in {mergeCost}");
        }
        var (standard, standardCost) = Timed(() => archiveOnly ? null : new StandardBaseline(corpus, folding: false));
        using var __ = standard;
        var (folding, foldingCost) = Timed(() => archiveOnly ? null : new StandardBaseline(corpus, folding: true));
        using var ___ = folding;
        if (!archiveOnly) Console.WriteLine($"StandardAnalyzer index built in {standardCost}; +ASCIIFolding in {foldingCost}");
        Console.WriteLine($"load average {LoadAverage()}");
        foreach (var accents in new[] { true, false })
        {
            var clauses = corpus.Questions.Select(q => ours.Clauses(accents ? q.Query : LegalCorpus.WithoutDiacritics(q.Query))).ToList();
            Console.WriteLine($"archive query, {(accents ? "with" : "without")} diacritics: {clauses.Average(c => c.All):F0} term/phrase clauses a question "
                + $"(max {clauses.Max(c => c.All)}), {clauses.Average(c => c.OnDocuments):F0} of them on document entries' fields; "
                + $"{clauses.Count(c => c.Required) * 100.0 / clauses.Count:F0} % of the questions with required words beside optional ones");
        }

        Console.WriteLine(Header);
        var report = new StringBuilder();
        foreach (var system in new IRetrievalSystem?[] { ours, standard, folding }.OfType<IRetrievalSystem>())
        {
            foreach (var accents in new[] { true, false })
            {
                var (outcomes, cpu, allocated) = Run(system, corpus, accents);
                Console.WriteLine(Row(system.Name, accents, outcomes, cpu, allocated));
                if (system == ours) Misses(report, accents, outcomes);
            }
        }
        if (variants)
        {
            Console.WriteLine();
            Console.WriteLine("ranking variants (each one knob away from the shipped tuning):");
            Console.WriteLine(Header);
            foreach (var (name, tuning, similarity) in RankingVariants.All)
            {
                if (only is not null && !only.Split('|').Any(part => name.Contains(part, StringComparison.Ordinal))) continue;
                ours.Use(tuning, similarity, name);
                foreach (var accents in new[] { true, false })
                {
                    var (outcomes, cpu, allocated) = Run(ours, corpus, accents);
                    Console.WriteLine(Row(name, accents, outcomes, cpu, allocated));
                }
            }
        }
        if (threadsAb) ThreadsAb(ours, corpus);
        if (misses is not null) File.WriteAllText(misses, report.ToString());
        return Task.CompletedTask;
    }

    private static int passes = 1;

    /// <summary>
    /// One search on two threads against one thread, question by question in turn (the order swapped each question),
    /// so the machine's load weighs on both alike: wall-clock p50 / p99 and the process's processor time a search.
    /// </summary>
    private static void ThreadsAb(ArchiveSystem ours, LegalCorpus corpus)
    {
        var modes = new[] { ("two threads", SearchTuning.Default), ("one thread", SearchTuning.Default with { SplitAcrossThreads = false }) };
        Console.WriteLine();
        Console.WriteLine($"one search split across two threads or not, interleaved ({Math.Max(1, passes)} passes; load average {LoadAverage()}):");
        foreach (var accents in new[] { true, false })
        {
            var typed = corpus.Questions.Select(q => accents ? q.Query : LegalCorpus.WithoutDiacritics(q.Query)).ToList();
            var walls = modes.Select(_ => new List<double>()).ToArray();
            var cpus = new double[modes.Length];
            foreach (var question in typed.Take(20)) foreach (var (_, tuning) in modes) ours.SearchWith(tuning, question);
            for (var pass = 0; pass < Math.Max(1, passes); pass++)
            {
                for (var q = 0; q < typed.Count; q++)
                {
                    for (var k = 0; k < modes.Length; k++)
                    {
                        var m = (k + q) % modes.Length;
                        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                        var start = Stopwatch.GetTimestamp();
                        ours.SearchWith(modes[m].Item2, typed[q]);
                        walls[m].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        cpus[m] += (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                    }
                }
            }
            for (var m = 0; m < modes.Length; m++)
            {
                var sorted = walls[m].Order().ToList();
                Console.WriteLine($"{modes[m].Item1,-14}{(accents ? "accents" : "bare"),-9} p50 {sorted[sorted.Count / 2],6:F1} ms  p90 {sorted[sorted.Count * 9 / 10],6:F1} ms  p99 {sorted[sorted.Count * 99 / 100],6:F1} ms  cpu {cpus[m] / sorted.Count,5:F2} ms a search");
            }
        }
        Console.WriteLine($"load average {LoadAverage()}");
    }

    /// <summary>
    /// The outcomes, and the process's processor time per question: on a machine shared with other work the
    /// wall-clock times swing with the load, the processor time a question costs much less (the least of
    /// <see cref="passes"/> passes over the questions, the outcomes of the last); and the kilobytes allocated per
    /// question (the least of the passes), which the garbage collections a search causes follow.
    /// </summary>
    private static (List<RelevanceFigures.Outcome> Outcomes, double CpuMs, double AllocatedKb) Run(IRetrievalSystem system, LegalCorpus corpus, bool accents)
    {
        var questions = corpus.Questions.Select(q => (Question: q, Typed: accents ? q.Query : LegalCorpus.WithoutDiacritics(q.Query))).ToList();
        foreach (var (_, typed) in questions.Take(20)) system.Search(typed); // warm-up
        var outcomes = new List<RelevanceFigures.Outcome>(questions.Count);
        var least = double.MaxValue;
        var leastAllocated = double.MaxValue;
        for (var pass = 0; pass < Math.Max(1, passes); pass++)
        {
            outcomes.Clear();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var (question, typed) in questions)
            {
                var start = Stopwatch.GetTimestamp();
                var hits = system.Search(typed);
                outcomes.Add(RelevanceFigures.Judge(question, hits, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
            }
            least = Math.Min(least, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / questions.Count);
            leastAllocated = Math.Min(leastAllocated, (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / questions.Count);
        }
        return (outcomes, least, leastAllocated);
    }

    /// <summary>What building something cost: wall-clock seconds and the process's processor seconds (less disturbed by other work on the machine).</summary>
    private static (T Result, string Cost) Timed<T>(Func<T> build)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = build();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        return (result, $"{watch.Elapsed.TotalSeconds:F1} s ({cpuSeconds:F1} s of processor time)");
    }

    internal static string LoadAverage()
    {
        try { return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)); }
        catch (IOException) { return "unknown"; }
    }

    internal static string Header =>
        $"{"system",-34}{"typed",-9}{"MRR A",7}{"MRR B",7}{"MRR@10",8}{"R@10",7}{"nDCG",7}{"art@1",7}{"art A",7}{"art B",7}{"p50 ms",8}{"p99 ms",8}{"cpu ms",8}{"alloc KB",10}";

    /// <param name="allocatedKb">Kilobytes allocated per question, when measured in this process.</param>
    internal static string Row(string name, bool accents, List<RelevanceFigures.Outcome> outcomes, double cpuMs, double? allocatedKb = null)
    {
        var all = RelevanceFigures.Of(outcomes);
        var a = RelevanceFigures.Of(outcomes.Where(o => o.Question.Half == 'A').ToList());
        var b = RelevanceFigures.Of(outcomes.Where(o => o.Question.Half == 'B').ToList());
        return $"{name,-34}{(accents ? "accents" : "bare"),-9}{a.Mrr,7:F3}{b.Mrr,7:F3}{all.Mrr,8:F3}{all.Recall,7:F3}{all.Ndcg,7:F3}"
            + $"{all.BestArticle,7:P0}{a.BestArticle,7:P0}{b.BestArticle,7:P0}{all.P50Ms,8:F1}{all.P99Ms,8:F1}{cpuMs,8:F1}{(allocatedKb is { } kb ? kb.ToString("F0", System.Globalization.CultureInfo.InvariantCulture) : "-"),10}";
    }

    private static void Misses(StringBuilder report, bool accents, List<RelevanceFigures.Outcome> outcomes)
    {
        foreach (var o in outcomes.Where(o => o.FirstRank != 1 || !o.BestArticle))
        {
            report.Append($"[{(accents ? "accents" : "bare")}] {o.Question.Half} rank {(o.FirstRank == 0 ? "-" : o.FirstRank.ToString())} "
                + $"{o.Question.Query}\n    gold {string.Join(", ", o.Question.Relevant)}\n");
            foreach (var hit in o.Hits.Take(3)) report.Append($"    got  {hit.Id} [{hit.Passage}]\n");
        }
    }

    private static string? Option(List<string> args, string name)
    {
        var at = args.IndexOf(name);
        if (at < 0 || at + 1 >= args.Count) return null;
        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }
}
