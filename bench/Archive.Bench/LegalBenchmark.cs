using System.Diagnostics;
using Archive.Indexer.Legal;
using Archive.Indexer.Metadata;

namespace Archive.Bench;

/// <summary>What reading a document's header, minutes and citations adds per document, on the real sample plan.</summary>
public sealed class LegalBenchmark : IBenchmark
{
    public string Name => "legal";

    public string Description => "header + minutes + citation extraction per document (ms), on the sample plan";

    public Task RunAsync(string[] args)
    {
        var path = args.Length > 0 ? args[0] : FindSample();
        var text = File.ReadAllText(path).Normalize(System.Text.NormalizationForm.FormC);
        var headers = new DocumentHeaderReader();
        var minutes = new MeetingMinutesReader();
        var citations = new CitationExtractor();
        var found = 0;
        for (var i = 0; i < 5; i++) found = citations.Extract(text).Count + (headers.Read(text).Number is null ? 0 : 1) + (minutes.Read(text) is null ? 0 : 1);

        const int rounds = 50;
        double Time(Action action)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < rounds; i++) action();
            return watch.Elapsed.TotalMilliseconds / rounds;
        }
        var header = Time(() => headers.Read(text));
        var meeting = Time(() => minutes.Read(text));
        var cited = Time(() => citations.Extract(text));
        Console.WriteLine($"sample: {text.Length:N0} chars, {citations.Extract(text).Count} citations");
        Console.WriteLine($"header   {header,8:F2} ms/doc");
        Console.WriteLine($"minutes  {meeting,8:F2} ms/doc");
        Console.WriteLine($"citations{cited,8:F2} ms/doc");
        Console.WriteLine($"total    {header + meeting + cited,8:F2} ms/doc   ({found} items in the warm-up)");
        return Task.CompletedTask;
    }

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Archive.Indexer.Tests", "Fixtures", "ke-hoach-dan-chu-co-so-dinh-lap-2025.txt");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("The sample plan was not found; pass its path.");
    }
}
