using System.Diagnostics;
using Archive.Indexer.Extraction;
using Archive.Indexer.Extraction.LegacyEncodings;
using Archive.Indexer.Tests.LegacyEncodings;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Bench;

/// <summary>
/// A large DOCX typed in legacy fonts (a .VnTime run, a Unicode run and a VNI-Times run in each paragraph) read by
/// <see cref="DocxTextExtractor"/>, beside the same words typed in Unicode runs: the difference is what decoding costs.
/// </summary>
public sealed class LegacyDocxBenchmark : IBenchmark
{
    private const string Body = "Căn cứ Nghị định số 79/2003/NĐ-CP ngày 07 tháng 7 năm 2003 của Chính phủ về dân chủ ở xã;";

    public string Name => "legacy-docx";

    public string Description => "a DOCX in .VnTime/VNI runs vs the same words in Unicode runs, MB/s (20,000 paragraphs)";

    public Task RunAsync(string[] args)
    {
        var paragraphs = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20_000;
        var legacy = LegacyDocx.Build(null, [.. Enumerable.Range(0, paragraphs).Select(i => new Paragraph(
            LegacyDocx.Run(".VnTime", LegacyEncoder.ToTcvn3($"{i}. {Body}")), LegacyDocx.Run("Times New Roman", " Unicode "),
            LegacyDocx.Run("VNI-Times", LegacyEncoder.ToVni(Body))))]);
        var unicode = LegacyDocx.Build(null, [.. Enumerable.Range(0, paragraphs).Select(i => new Paragraph(
            LegacyDocx.Run("Times New Roman", $"{i}. {Body}"), LegacyDocx.Run("Times New Roman", " Unicode "),
            LegacyDocx.Run("Times New Roman", Body)))]);

        Timed(LegacyDocx.Build(".VnTime", new Paragraph(new Run(new Text("Khëi ®éng"))))); // the first call pays for the JIT
        var (unicodeText, unicodeTime) = Timed(unicode);
        var (legacyText, legacyTime) = Timed(legacy);

        var megabytes = legacyText.Length * 2 / 1e6; // UTF-16 text, since the zipped size says little
        Console.WriteLine($"{paragraphs} paragraphs, {megabytes:F1} MB of text (UTF-16)");
        Console.WriteLine($"legacy runs  {legacyTime.TotalMilliseconds,7:F0} ms  {megabytes / legacyTime.TotalSeconds,6:F1} MB/s");
        Console.WriteLine($"unicode runs {unicodeTime.TotalMilliseconds,7:F0} ms  {megabytes / unicodeTime.TotalSeconds,6:F1} MB/s");
        Console.WriteLine(legacyText == unicodeText ? "same text both ways" : "THE TEXTS DIFFER");
        return Task.CompletedTask;
    }

    private static (string Text, TimeSpan Time) Timed(byte[] docx)
    {
        var clock = Stopwatch.StartNew();
        var text = new DocxTextExtractor().Extract(new MemoryStream(docx)).Text;
        return (text, clock.Elapsed);
    }
}
