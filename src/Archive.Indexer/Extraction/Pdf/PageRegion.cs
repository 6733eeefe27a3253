namespace Archive.Indexer.Extraction.Pdf;

/// <summary>
/// A rectangle of a page as shares of its visible width and height (0–1), measured from the top-left corner as a
/// renderer sees the page, with the page's size in points so it converts to pixels at any resolution.
/// </summary>
public sealed record PageRegion(double Left, double Top, double Width, double Height, double PageWidth, double PageHeight)
{
    /// <summary>Share of the page.</summary>
    public double Area => Width * Height;

    /// <summary>The region grown by <paramref name="margin"/> of the page on every side, clipped to the page.</summary>
    public PageRegion Grown(double margin)
    {
        var left = Math.Max(0, Left - margin);
        var top = Math.Max(0, Top - margin);
        return this with
        {
            Left = left,
            Top = top,
            Width = Math.Min(1, Left + Width + margin) - left,
            Height = Math.Min(1, Top + Height + margin) - top,
        };
    }

    /// <summary>The region in pixels of the page rendered at <paramref name="dpi"/>, as pdftoppm's -x -y -W -H take it.</summary>
    public (int X, int Y, int Width, int Height) ToPixels(int dpi)
    {
        var pageWidth = PageWidth * dpi / 72;
        var pageHeight = PageHeight * dpi / 72;
        var x = (int)Math.Floor(Left * pageWidth);
        var y = (int)Math.Floor(Top * pageHeight);
        var right = (int)Math.Ceiling((Left + Width) * pageWidth);
        var bottom = (int)Math.Ceiling((Top + Height) * pageHeight);
        return (x, y, Math.Max(1, right - x), Math.Max(1, bottom - y));
    }
}
