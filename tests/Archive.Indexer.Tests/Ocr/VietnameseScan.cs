using System.Diagnostics;
using Archive.Indexer.Extraction.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Indexer.Tests.Ocr;

/// <summary>
/// Scans made for the tests from a decision written here: typeset in DejaVu Sans with PdfPig, rendered by pdftoppm,
/// then wrapped back into image-only PDFs (with and without a digital-signature stamp) and a noisy greyscale image.
/// Built once per test class; the files live in a temp folder removed on dispose.
/// </summary>
public sealed class VietnameseScan : IDisposable
{
    public static readonly string[] Lines =
    [
        "ỦY BAN NHÂN DÂN HUYỆN ĐÌNH LẬP",
        "QUYẾT ĐỊNH",
        "Về việc công nhận hương ước thôn Bản Chắt, xã Bắc Xa",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ;",
        "Xét đề nghị của Trưởng phòng Tư pháp huyện.",
        "Điều 1. Công nhận hương ước thôn Bản Chắt đã được hội nghị",
        "các hộ gia đình trong thôn biểu quyết tán thành.",
        "Điều 2. Ủy ban nhân dân xã Bắc Xa có trách nhiệm hướng dẫn,",
        "kiểm tra việc thực hiện hương ước và báo cáo kết quả hằng năm.",
    ];

    public static readonly string[] StampLines =
    [
        "Ký bởi: Ủy ban nhân dân huyện Đình Lập",
        "Email: ubnddinhlap@langson.gov.vn",
        "Ngày ký: 20.02.2025 09:12:45 +07:00",
    ];

    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-ocr-tests-").FullName;

    public VietnameseScan()
    {
        RequiredTool.Check("pdftoppm");
        RequiredTool.Check("tesseract");
        Assert.True(File.Exists(Font), $"{Font} is missing: run scripts/install-ocr-tools.sh (fonts-dejavu-core).");

        TextPdf = Path.Combine(_folder, "quyet-dinh.pdf");
        File.WriteAllBytes(TextPdf, Typeset());

        Page = Render(TextPdf, 300, "-png");
        var lowResolution = Render(TextPdf, 150, "-png");
        ImageOnlyPdf = Path.Combine(_folder, "ban-quet.pdf");
        File.WriteAllBytes(ImageOnlyPdf, WrapImage(File.ReadAllBytes(lowResolution), withStamp: false));
        StampedPdf = Path.Combine(_folder, "ban-quet-ky-so.pdf");
        File.WriteAllBytes(StampedPdf, WrapImage(File.ReadAllBytes(lowResolution), withStamp: true));
        NoisyPage = WithSaltAndPepper(Render(TextPdf, 300, "-gray"), share: 0.01);
    }

    /// <summary>The decision with a real text layer.</summary>
    public string TextPdf { get; }

    /// <summary>The decision rendered at 300 dpi (PNG).</summary>
    public string Page { get; }

    /// <summary>The 300 dpi render with 1 % of its pixels flipped to black or white (PGM).</summary>
    public string NoisyPage { get; }

    /// <summary>A PDF whose only content is the 150 dpi render covering the page.</summary>
    public string ImageOnlyPdf { get; }

    /// <summary>As <see cref="ImageOnlyPdf"/>, with a small digital-signature stamp in text at the bottom right.</summary>
    public string StampedPdf { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] Typeset()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        var page = builder.AddPage(PageSize.A4);
        var y = 770.0;
        foreach (var line in Lines)
        {
            page.AddText(line, 12, new PdfPoint(60, y), font);
            y -= 26;
        }
        return builder.Build();
    }

    private static byte[] WrapImage(byte[] png, bool withStamp)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.AddPng(png, new PdfRectangle(0, 0, page.PageSize.Width, page.PageSize.Height));
        if (withStamp)
        {
            var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
            var y = 80.0;
            foreach (var line in StampLines)
            {
                page.AddText(line, 6, new PdfPoint(390, y), font);
                y -= 9;
            }
        }
        return builder.Build();
    }

    private string Render(string pdf, int dpi, string format)
    {
        var prefix = Path.Combine(_folder, $"render-{dpi}{format}");
        using var process = Process.Start("pdftoppm", ["-r", dpi.ToString(), "-f", "1", "-l", "1", format, pdf, prefix])!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return Directory.GetFiles(_folder, Path.GetFileName(prefix) + "*").Single();
    }

    // Binary PGM: "P5 width height maxval" then one byte per pixel.
    private static string WithSaltAndPepper(string pgm, double share)
    {
        var bytes = File.ReadAllBytes(pgm);
        var header = 0;
        for (var fields = 0; fields < 4; header++)
        {
            if (char.IsWhiteSpace((char)bytes[header]) && !char.IsWhiteSpace((char)bytes[header - 1])) fields++;
        }
        var random = new Random(2025);
        for (var i = header; i < bytes.Length; i++)
        {
            if (random.NextDouble() < share) bytes[i] = random.Next(2) == 0 ? (byte)0 : (byte)255;
        }
        var noisy = Path.ChangeExtension(pgm, ".noisy.pgm");
        File.WriteAllBytes(noisy, bytes);
        return noisy;
    }
}
