using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// How much of a page its images and its text layer cover, measured on a grid of cells of a few points, so that
/// overlapping images count once and "text over the image" is an area, not a number of characters.
/// </summary>
/// <remarks>
/// A Công báo scan is a full-page image under a text layer holding only the e-signature stamp, the "CÔNG BÁO/Số …"
/// running header and perhaps a typed signer block: a few lines over a large picture of text. A scanner's own OCR
/// layer, by contrast, lies over the whole picture. Images smaller than <see cref="MinImageShare"/> of the page
/// (logos, the stamp's seal, a signature) are left out: they never hold a document's text.
/// </remarks>
/// <param name="ImageShare">Share of the page covered by images of some size, 0–1.</param>
/// <param name="TextShare">Share of the page covered by the text layer's glyph boxes, 0–1.</param>
/// <param name="TextOnImageShare">Share of the image area that text lies over, 0–1 (0 without images).</param>
/// <param name="ImageRegion">The box around those images, for rendering only that part; null without images.</param>
public sealed record PageCoverage(double ImageShare, double TextShare, double TextOnImageShare, PageRegion? ImageRegion)
{
    /// <summary>Images below this share of the page are decoration, not a scan.</summary>
    public const double MinImageShare = 0.02;

    /// <summary>A scan covers at least this share of the page (a half-page scanned body under a typed header does).</summary>
    public const double MinScanShare = 0.15;

    /// <summary>At most this share of a scan may lie under text for the text to be an overlay rather than its transcript.</summary>
    public const double MaxTextOnScan = 0.1;

    private const int Columns = 120;
    private const int Rows = 170;

    public static PageCoverage None { get; } = new(0, 0, 0, null);

    /// <summary>Images big enough, with little text over them: the picture holds text the layer does not.</summary>
    public bool IsScan => ImageShare >= MinScanShare && TextOnImageShare <= MaxTextOnScan;

    public static PageCoverage Measure(Page page, IEnumerable<Letter> letters)
    {
        var frame = page.CropBox.Bounds;
        if (frame.Width <= 0 || frame.Height <= 0) frame = page.MediaBox.Bounds;
        if (frame.Width <= 0 || frame.Height <= 0) return None;

        var image = new bool[Columns * Rows];
        double left = 1, top = 1, right = 0, bottom = 0;
        foreach (var picture in page.GetImages())
        {
            var (l, t, r, b) = Shares(frame, picture.BoundingBox);
            if ((r - l) * (b - t) < MinImageShare) continue;
            Mark(image, l, t, r, b);
            (left, top, right, bottom) = (Math.Min(left, l), Math.Min(top, t), Math.Max(right, r), Math.Max(bottom, b));
        }

        var text = new bool[Columns * Rows];
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value)) continue;
            var (l, t, r, b) = Shares(frame, letter.BoundingBox);
            Mark(text, l, t, r, b);
        }

        int images = 0, texts = 0, both = 0;
        for (var i = 0; i < image.Length; i++)
        {
            if (image[i]) images++;
            if (text[i]) texts++;
            if (image[i] && text[i]) both++;
        }
        // A rotated page is rendered turned, so a region measured here would point elsewhere: render it whole.
        var region = images == 0 || page.Rotation.Value != 0
            ? null
            : new PageRegion(left, top, right - left, bottom - top, frame.Width, frame.Height);
        return new PageCoverage(
            (double)images / image.Length,
            (double)texts / text.Length,
            images == 0 ? 0 : (double)both / images,
            region);
    }

    // Left, top, right, bottom as shares of the frame from its top-left corner, clipped to it.
    private static (double Left, double Top, double Right, double Bottom) Shares(PdfRectangle frame, PdfRectangle box)
    {
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        foreach (var p in (ReadOnlySpan<PdfPoint>)[box.BottomLeft, box.BottomRight, box.TopLeft, box.TopRight])
        {
            (minX, maxX, minY, maxY) = (Math.Min(minX, p.X), Math.Max(maxX, p.X), Math.Min(minY, p.Y), Math.Max(maxY, p.Y));
        }
        static double Clip(double v) => Math.Clamp(v, 0, 1);
        return (Clip((minX - frame.Left) / frame.Width), Clip((frame.Top - maxY) / frame.Height),
            Clip((maxX - frame.Left) / frame.Width), Clip((frame.Top - minY) / frame.Height));
    }

    // Every cell the box touches; a glyph too thin to touch any still marks the cell it sits in.
    private static void Mark(bool[] cells, double left, double top, double right, double bottom)
    {
        var c0 = Math.Min(Columns - 1, (int)(left * Columns));
        var c1 = Math.Max(c0, Math.Min(Columns - 1, (int)Math.Ceiling(right * Columns) - 1));
        var r0 = Math.Min(Rows - 1, (int)(top * Rows));
        var r1 = Math.Max(r0, Math.Min(Rows - 1, (int)Math.Ceiling(bottom * Rows) - 1));
        for (var r = r0; r <= r1; r++)
            for (var c = c0; c <= c1; c++)
                cells[r * Columns + c] = true;
    }
}
