namespace Archive.Indexer.Index;

/// <summary>
/// One process at a time may write the index folder: an exclusive OS lock (flock on Linux, released by
/// the kernel when the process dies, so a kill -9 leaves nothing to clean) on a file in the index root.
/// </summary>
/// <remarks>
/// Lucene's own write.lock did not stop a second process here: an operator command opened a writer beside
/// the running service, its start-up deleted the service's uncommitted segment and the service's next
/// commit failed. The lock sits in the root, not in a schema-stamp folder, so that a rebuild that throws
/// a stamp folder away is covered too.
/// </remarks>
internal sealed class IndexOwnership : IDisposable
{
    public const string FileName = "archive-index.lock";

    private readonly FileStream handle;

    private IndexOwnership(FileStream handle) => this.handle = handle;

    /// <exception cref="IndexInUseException">Another process holds the index.</exception>
    public static IndexOwnership Take(string root)
    {
        System.IO.Directory.CreateDirectory(root);
        var path = System.IO.Path.Combine(root, FileName);
        try
        {
            // FileShare.None is an exclusive, non-blocking flock on Unix and a sharing lock on Windows.
            return new IndexOwnership(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException))
        {
            throw new IndexInUseException(root, e);
        }
    }

    public void Dispose() => handle.Dispose();
}
