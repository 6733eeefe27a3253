namespace Archive.Indexer.Extraction.Ocr;

/// <summary>A page rendered by <see cref="PageRasterizer"/>: a PNG in a private temp folder, removed on dispose.</summary>
public sealed class RasterizedPage : IDisposable
{
    private readonly string _folder;

    internal RasterizedPage(string folder, string imagePath)
    {
        _folder = folder;
        ImagePath = imagePath;
    }

    public string ImagePath { get; }

    public void Dispose() => TempFolder.Delete(_folder);
}
