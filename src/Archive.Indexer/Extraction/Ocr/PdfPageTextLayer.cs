using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Archive.Indexer.Extraction.Ocr;

/// <summary>
/// Decides, page by page, whether a PDF page carries real text or is a scan that needs OCR.
/// </summary>
/// <remarks>
/// Vietnamese offices sign scans digitally: the signing software writes a small text stamp ("Ký bởi: Ủy ban nhân dân
/// huyện Đình Lập", "Cơ quan: …", "Ngày ký: 20.02.2025 09:12:45 +07:00", an e-mail) over the scanned image. Such a
/// page has a text layer, but it is not the document's text. A page is a scan with a stamp when images cover at least
/// half of it and its text is either all stamp-like lines, or a handful of words in a small box.
/// A scan that was already OCR'd by the scanner (invisible text over the whole page) has many words spread over the
/// page and is read from its text layer.
/// </remarks>
public static partial class PdfPageTextLayer
{
    /// <summary>Images must cover at least this share of the page for its text to be taken for a stamp.</summary>
    public const double ScannedCoverage = 0.5;

    /// <summary>At most this many words in at most <see cref="StampBoxShare"/> of the page make a stamp whatever they say.</summary>
    public const int StampWords = 40;

    public const double StampBoxShare = 0.15;

    /// <summary>Assesses every page of the PDF at <paramref name="pdfPath"/>.</summary>
    /// <exception cref="UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException">The PDF needs a password.</exception>
    public static IReadOnlyList<PdfPageAssessment> Assess(string pdfPath)
    {
        using var document = PdfDocument.Open(pdfPath);
        var pages = new List<PdfPageAssessment>(document.NumberOfPages);
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            PdfPageAssessment page;
            try
            {
                page = Assess(document.GetPage(number));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // PdfPig could not read this page; poppler often can render it, so let OCR try.
                page = new PdfPageAssessment(number, PageTextDecision.ScanWithoutText, "", 0, 0);
            }
            pages.Add(page);
        }
        return pages;
    }

    /// <summary>Assesses one page already opened with PdfPig.</summary>
    public static PdfPageAssessment Assess(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var coverage = ImageCoverage(page);
        if (words.Count == 0) return new PdfPageAssessment(page.Number, PageTextDecision.ScanWithoutText, "", 0, coverage);

        var text = PdfPageText.Read(page);
        var isStamp = coverage >= ScannedCoverage
            && (AllLinesAreStampLike(text) || (words.Count <= StampWords && BoxShare(words, page) <= StampBoxShare));
        return new PdfPageAssessment(
            page.Number,
            isStamp ? PageTextDecision.ScanWithStamp : PageTextDecision.TextLayer,
            text,
            words.Count,
            coverage);
    }

    /// <summary>True when every non-empty line is a signature-stamp field, an e-mail address or a date/time.</summary>
    public static bool AllLinesAreStampLike(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return lines.Length > 0 && lines.All(l => StampLine().IsMatch(l));
    }

    // Labels written by the Vietnamese signing tools (VGCA, Viettel-CA, VNPT-CA), e-mails, dates and times.
    [GeneratedRegex(
        @"^(?:(?:ký bởi|người ký|cơ quan|tổ chức|đơn vị|chức vụ|ngày ký|thời gian ký|email|e-mail|thư điện tử)\s*:.*"
        + @"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        + @"|[\d\s.:/+\-]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}[\d\s.:/+\-]*"
        + @"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StampLine();

    private static double ImageCoverage(Page page)
    {
        var area = page.Width * page.Height;
        if (area <= 0) return 0;
        double covered = 0;
        foreach (var image in page.GetImages())
        {
            var b = image.BoundingBox;
            var width = Math.Min(b.Right, page.Width) - Math.Max(b.Left, 0);
            var height = Math.Min(b.Top, page.Height) - Math.Max(b.Bottom, 0);
            if (width > 0 && height > 0) covered += width * height;
        }
        // Overlapping images are counted twice; a page is at most fully covered.
        return Math.Min(1, covered / area);
    }

    private static double BoxShare(IReadOnlyList<Word> words, Page page)
    {
        var left = words.Min(w => w.BoundingBox.Left);
        var right = words.Max(w => w.BoundingBox.Right);
        var bottom = words.Min(w => w.BoundingBox.Bottom);
        var top = words.Max(w => w.BoundingBox.Top);
        var box = new PdfRectangle(left, bottom, right, top);
        return box.Area / (page.Width * page.Height);
    }
}
