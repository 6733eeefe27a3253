using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// A stored original copied to a temporary, owner-only file in the <see cref="WorkFolder"/>, for the tools that
/// want a path (PdfPig page by page, pdftoppm, tesseract); deleted when disposed. The stored original itself is
/// never touched.
/// </summary>
public sealed class TemporaryOriginal : IDisposable
{
    private TemporaryOriginal(string path) => Path = path;

    public string Path { get; }

    /// <summary>The original of the version <paramref name="record"/> describes (the current one).</summary>
    public static async Task<TemporaryOriginal?> DownloadAsync(IObjectStore store, WorkFolder work, DocumentRecord record, CancellationToken cancellationToken)
    {
        await using var source = await store.OpenReadAsync(StoreLayout.OriginalOf(record), cancellationToken);
        if (source is null) return null;
        var path = work.NewFile($"original-{record.Id}");
        await using (var target = PrivateFiles.CreateNew(path))
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
