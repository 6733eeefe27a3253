using System.Text.RegularExpressions;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.Office;

namespace Archive.Bench;

/// <summary>
/// The real legacy spreadsheets of ../shared/data/real-files/legacy (a VNI .xls form) read as the service reads them
/// (sniffed, converted by LibreOffice Calc, cell fonts decoded) against their Unicode transcripts: the share of the
/// transcript's words found, and of the extracted words that are in the transcript. Before Excel support such a
/// file was refused (415): 0 words.
/// </summary>
public sealed partial class SpreadsheetBenchmark : IBenchmark
{
    public string Name => "spreadsheets";

    public string Description => "real VNI .xls form vs its transcript: word recall / precision";

    public async Task RunAsync(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Find();
        using var converter = new OfficeDocumentConverter();
        var extractor = new OfficeTextExtractor(converter);
        foreach (var file in Directory.GetFiles(folder).Where(f => f.EndsWith(".xls") || f.EndsWith(".xlsx") || f.EndsWith(".ods")).Order())
        {
            await using var content = File.OpenRead(file);
            var sniffed = ContentSniffer.Sniff(content)?.ContentType ?? "refused";
            var text = (await extractor.ExtractAsync(content)).Text;
            var transcript = await File.ReadAllTextAsync(Path.Combine(folder, "ground-truth", Path.GetFileNameWithoutExtension(file) + ".txt"));
            var (gold, got) = (Words(transcript), Words(text));
            var recall = gold.Count == 0 ? 0 : 100.0 * gold.Count(w => got.Contains(w)) / gold.Count;
            var precision = got.Count == 0 ? 0 : 100.0 * got.Count(w => gold.Contains(w)) / got.Count;
            Console.WriteLine($"{Path.GetFileName(file)}  sniffed {sniffed}  words recall {recall:F1}%  precision {precision:F1}%  ({gold.Count} transcript words, {got.Count} extracted)");
        }
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text.Normalize().ToLowerInvariant()).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "real-files", "legacy");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("../shared/data/real-files/legacy was not found; pass its path.");
    }
}
