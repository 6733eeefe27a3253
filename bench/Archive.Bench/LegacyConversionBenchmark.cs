using System.Diagnostics;
using System.Text;
using Archive.Indexer.Extraction.LegacyEncodings;

namespace Archive.Bench;

/// <summary>Legacy decoding and detection throughput on ~10 MB of generated Vietnamese administrative text.</summary>
public sealed class LegacyConversionBenchmark : IBenchmark
{
    private static readonly string[] Sentences =
    [
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở;",
        "Ủy ban nhân dân huyện Đình Lập ban hành Kế hoạch thực hiện dân chủ ở cơ sở trên địa bàn huyện năm 2025 như sau:",
        "Bảo đảm công khai, minh bạch hoạt động của cơ quan, đơn vị, địa phương, gắn với sự lãnh đạo của tổ chức đảng.",
        "Thành phần tham dự: có mặt 25/27 hộ; chủ trì: trưởng thôn; thư ký: ông Nguyễn Văn Hùng.",
        "Biểu quyết: tán thành 25/25, cuộc họp kết thúc vào lúc 16 giờ 30 phút cùng ngày.",
        "Công khai dự toán ngân sách, tình hình thực hiện ngân sách hằng quý, sáu tháng và cả năm.",
    ];

    public string Name => "legacy";

    public string Description => "TCVN3 / VNI conversion and legacy detection, MB/s on ~10 MB";

    public Task RunAsync(string[] args)
    {
        var megabytes = args.Length > 0 && int.TryParse(args[0], out var mb) ? mb : 10;
        var unicode = Generate(megabytes * 1024 * 1024);
        var tcvn3 = LegacyEncoder.ToTcvn3(unicode);
        var vni = LegacyEncoder.ToVni(unicode);
        var utf8 = Encoding.UTF8.GetByteCount(unicode);
        Console.WriteLine($"input: TCVN3 {tcvn3.Length / 1e6:F1} MB, VNI {vni.Length / 1e6:F1} MB, Unicode {utf8 / 1e6:F1} MB as UTF-8");

        Measure("decode TCVN3", tcvn3.Length, () => LegacyDecoder.FromTcvn3(tcvn3).Length);
        Measure("decode VNI", vni.Length, () => LegacyDecoder.FromVni(vni).Length);
        Measure("detect TCVN3 text", tcvn3.Length, () => (int)LegacyEncodingDetector.Detect(tcvn3).Encoding);
        Measure("detect VNI text", vni.Length, () => (int)LegacyEncodingDetector.Detect(vni).Encoding);
        Measure("detect Unicode text", utf8, () => (int)LegacyEncodingDetector.Detect(unicode).Encoding);
        Measure("convert TCVN3 line by line", tcvn3.Length, () => LegacyTextConverter.Convert(tcvn3).LinesConverted);
        Measure("convert Unicode line by line", utf8, () => LegacyTextConverter.Convert(unicode).LinesConverted);
        return Task.CompletedTask;
    }

    private static string Generate(int bytes)
    {
        var random = new Random(2025);
        var text = new StringBuilder(bytes);
        while (text.Length < bytes)
            text.Append(Sentences[random.Next(Sentences.Length)]).Append(random.Next(4) == 0 ? '\n' : ' ');
        return text.ToString();
    }

    // MB of input as stored: one byte per character for legacy text, UTF-8 for Unicode.
    private static void Measure(string what, int bytes, Func<int> run)
    {
        run(); // warm-up: JIT and table construction
        var stopwatch = Stopwatch.StartNew();
        var result = run();
        stopwatch.Stop();
        Console.WriteLine($"{what,-30} {bytes / 1e6 / stopwatch.Elapsed.TotalSeconds,8:F1} MB/s  ({stopwatch.ElapsedMilliseconds} ms, result {result})");
    }
}
