using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// A stored original copied to a temporary file, for the tools that want a path (PdfPig page by page,
/// pdftoppm, tesseract); deleted when disposed. The stored original itself is never touched.
/// </summary>
public sealed class TemporaryOriginal : IDisposable
{
    private TemporaryOriginal(string path) => Path = path;

    public string Path { get; }

    public static async Task<TemporaryOriginal?> DownloadAsync(IObjectStore store, string id, CancellationToken cancellationToken)
    {
        await using var source = await store.OpenReadAsync(DocumentKeys.Original(id), cancellationToken);
        if (source is null) return null;
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"archive-{id}-{Guid.NewGuid():N}");
        await using (var target = File.Create(path))
        {
            await source.CopyToAsync(target, cancellationToken);
        }
        return new TemporaryOriginal(path);
    }

    public FileStream OpenRead() => File.OpenRead(Path);

    public void Dispose()
    {
        try { File.Delete(Path); } catch (IOException) { }
    }
}
