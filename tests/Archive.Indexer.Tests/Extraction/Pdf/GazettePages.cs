using System.Diagnostics;
using Archive.Indexer.Tests.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Archive.Indexer.Tests.Extraction.Pdf;

/// <summary>
/// Công báo pages made for the tests from a circular written here, typeset in DejaVu Sans with PdfPig and rendered by
/// pdftoppm: born digital with the gazette's additions (signature stamp, running header, page number, banner, the
/// issuer repeated as section heading); a full-page scan under a text overlay (stamp, running header, typed signer);
/// a scanned body under a typed header; a scan under an invisible text layer of garbage; a blank page after a text
/// page. Built once per test class in a temp folder removed on dispose.
/// </summary>
public sealed class GazettePages : IDisposable
{
    public static readonly string[] Stamp =
    [
        "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Cơ quan: VĂN PHÒNG CHÍNH PHỦ",
        "Ngày ký: 2024-04-02 09:15:00 +07:00",
    ];

    public const string RunningHeader = "CÔNG BÁO/Số 512 + 513/Ngày 02-4-2024";

    /// <summary>The header's two columns, line by line.</summary>
    public static readonly (string Left, string Right)[] Header =
    [
        ("BỘ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 07/2024/TT-BTP", "Hà Nội, ngày 20 tháng 3 năm 2024"),
    ];

    public static readonly string[] Title = ["THÔNG TƯ", "Hướng dẫn xây dựng và thực hiện hương ước, quy ước", "của thôn, tổ dân phố"];

    public static readonly string[] Body =
    [
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        "Theo đề nghị của Vụ trưởng Vụ Phổ biến, giáo dục pháp luật;",
        "Bộ trưởng Bộ Tư pháp ban hành Thông tư hướng dẫn xây dựng hương ước.",
        "Điều 1. Hương ước, quy ước được thảo luận và biểu quyết công khai",
        "tại hội nghị của cộng đồng dân cư thôn, tổ dân phố.",
        "Điều 2. Thông tư này có hiệu lực kể từ ngày 15 tháng 5 năm 2024.",
    ];

    public static readonly string[] Signer = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Văn Thịnh"];

    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-gazette-tests-").FullName;

    public GazettePages()
    {
        RequiredTool.Check("pdftoppm");
        RequiredTool.Check("pdftotext");
        Assert.True(File.Exists(Font), $"{Font} is missing: run scripts/install-ocr-tools.sh (fonts-dejavu-core).");

        BornDigital = Write("cong-bao.pdf", Build(page => { Additions(page.Builder, page.Font); Document(page.Builder, page.Font, 760); SignerBlock(page.Builder, page.Font); }));
        var picture = Render(Write("ban-in.pdf", Build(page => Document(page.Builder, page.Font, 790))), 150, height: null);
        Scan = Write("ban-quet.pdf", Build(page =>
        {
            page.Builder.AddPng(File.ReadAllBytes(picture), new PdfRectangle(0, 0, page.Builder.PageSize.Width, page.Builder.PageSize.Height));
            Additions(page.Builder, page.Font, banner: false);
            SignerBlock(page.Builder, page.Font);
        }));
        var body = Render(Write("than.pdf", Build(page => Lines(page.Builder, page.Font, Body, 800, 12))), 150, height: 200);
        HalfScan = Write("nua-quet.pdf", Build(page =>
        {
            HeaderAndTitle(page.Builder, page.Font, 790);
            page.Builder.AddPng(File.ReadAllBytes(body), new PdfRectangle(0, 300, page.Builder.PageSize.Width, 500));
        }));
        Garbled = Write("lop-chu-hong.pdf", Build(page =>
        {
            page.Builder.AddPng(File.ReadAllBytes(picture), new PdfRectangle(0, 0, page.Builder.PageSize.Width, page.Builder.PageSize.Height));
            page.Builder.SetTextRenderingMode(TextRenderingMode.Neither);
            var random = new Random(2024);
            for (var y = 790.0; y > 60; y -= 18) page.Builder.AddText(Gibberish(random), 12, new PdfPoint(60, y), page.Font);
        }));
        WithBlankPage = Write("trang-trang.pdf", Build(page => Document(page.Builder, page.Font, 790), blankPages: 1));
    }

    /// <summary>One page: the gazette's additions, the header in two columns, title, body, signer, all as text.</summary>
    public string BornDigital { get; }

    /// <summary>The document rendered at 150 dpi as one full-page image, under the stamp, running header and a typed signer block.</summary>
    public string Scan { get; }

    /// <summary>The header and title typed; the body a 150 dpi image in the lower half of the page.</summary>
    public string HalfScan { get; }

    /// <summary>The full-page image under an invisible text layer of letter soup, as a bad scanner OCR leaves it.</summary>
    public string Garbled { get; }

    /// <summary>A text page followed by an empty page.</summary>
    public string WithBlankPage { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed record PageContext(PdfPageBuilder Builder, PdfDocumentBuilder.AddedFont Font);

    private static byte[] Build(Action<PageContext> draw, int blankPages = 0)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(Font));
        draw(new PageContext(builder.AddPage(PageSize.A4), font));
        for (var i = 0; i < blankPages; i++) builder.AddPage(PageSize.A4);
        return builder.Build();
    }

    private static void Additions(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, bool banner = true)
    {
        Lines(page, font, Stamp, 830, 5);
        page.AddText(RunningHeader, 9, new PdfPoint(200, 812), font);
        page.AddText("17", 9, new PdfPoint(520, 812), font);
        if (banner) page.AddText("VĂN BẢN QUY PHẠM PHÁP LUẬT", 11, new PdfPoint(190, 790), font);
        if (banner) page.AddText("BỘ TƯ PHÁP", 11, new PdfPoint(250, 774), font);
    }

    private static void Document(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top)
    {
        var y = HeaderAndTitle(page, font, top);
        Lines(page, font, Body, y - 10, 12);
    }

    private static double HeaderAndTitle(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double top)
    {
        var y = top;
        foreach (var (left, right) in Header)
        {
            if (left.Length > 0) page.AddText(left, 11, new PdfPoint(60, y), font);
            page.AddText(right, 11, new PdfPoint(290, y), font);
            y -= 18;
        }
        y -= 14;
        page.AddText(Title[0], 13, new PdfPoint(250, y), font);
        return Lines(page, font, Title[1..], y - 18, 12);
    }

    private static void SignerBlock(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font) =>
        Lines(page, font, Signer, 200, 11, left: 360);

    private static double Lines(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, IEnumerable<string> lines, double top, double size, double left = 60)
    {
        var y = top;
        foreach (var line in lines)
        {
            page.AddText(line, size, new PdfPoint(left, y), font);
            y -= size * 1.6;
        }
        return y;
    }

    private static string Gibberish(Random random)
    {
        const string letters = "bcdfghjklmnpqrstvwxz";
        var words = Enumerable.Range(0, 8).Select(_ => new string(Enumerable.Range(0, random.Next(3, 7)).Select(_ => letters[random.Next(letters.Length)]).ToArray()));
        return string.Join(' ', words);
    }

    private string Write(string name, byte[] pdf)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>Page 1 as a greyscale PNG at <paramref name="dpi"/>; only its top <paramref name="height"/> points when given.</summary>
    private string Render(string pdf, int dpi, double? height)
    {
        var prefix = Path.Combine(_folder, Path.GetFileNameWithoutExtension(pdf) + "-render");
        var arguments = new List<string> { "-r", dpi.ToString(), "-f", "1", "-l", "1", "-gray", "-png" };
        if (height is { } points) arguments.AddRange(["-x", "0", "-y", "0", "-W", (595 * dpi / 72).ToString(), "-H", ((int)(points * dpi / 72)).ToString()]);
        arguments.AddRange([pdf, prefix]);
        using var process = Process.Start("pdftoppm", arguments)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return Directory.GetFiles(_folder, Path.GetFileName(prefix) + "*.png").Single();
    }
}
