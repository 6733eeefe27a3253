using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Archive.Storage;

/// <summary>
/// The embedded default store: plain files in a folder, so the archive runs without any server
/// and an administrator can back it up (or read it) with ordinary tools.
/// </summary>
/// <remarks>
/// Layout under the root folder; the three trees never share a path, so no key can collide
/// with the store's own files and a listing only ever walks <c>objects/</c>:
/// <list type="bullet">
/// <item><c>objects/&lt;key&gt;</c>: the bytes, at the key's own path ("văn bản/kế hoạch 32.pdf").</item>
/// <item><c>meta/&lt;key&gt;</c>: a small JSON sidecar holding the content type.</item>
/// <item><c>tmp/</c>: files being written; a put becomes visible only by an atomic rename.</item>
/// <item><c>locks/</c>: lock files that make a conditional put's check-and-rename one step across processes.</item>
/// </list>
/// Bytes are fsync'ed before the rename, so after a crash or power loss a key holds either its
/// old or its new bytes. The content is committed before its sidecar: a crash between the two
/// renames can leave new bytes with the previous content type, never torn bytes. The sidecar is not
/// fsync'ed (an fsync costs as much as the content's, and every put paid two): after a power loss it may
/// be empty, which reads as the default content type, as a missing one does. A sidecar that already holds the
/// content type is left as it is (a record rewritten again and again makes no new file for it).
/// Puts and deletes of one key are serialized within the process; several processes sharing one
/// root still never tear bytes, but may pair bytes with another put's content type. A conditional put
/// (<see cref="PutIfAsync"/>) checks the version and renames while holding an exclusive lock (flock) on one of
/// 64 lock files chosen by a stable hash of the key, so it is safe across processes too; a version is the MD5 of
/// the bytes, as S3 gives for a single put.
/// Unlike S3, a key cannot be both an object and a folder of others ("a" and "a/b").
/// A full disk or quota is <see cref="StoreFullException"/>; a failing disk or a store folder that went
/// away (an unmounted volume) is <see cref="StoreUnavailableException"/>, never "no such object".
/// </remarks>
public sealed class LocalFolderObjectStore : IObjectStore, IObjectLocks
{
    private const string DefaultContentType = "application/octet-stream";
    private static readonly TimeSpan StaleTemporaryFileAge = TimeSpan.FromDays(1);

    private readonly string root;
    private readonly string objectsRoot;
    private readonly string metaRoot;
    private readonly string temporaryRoot;
    private readonly string locksRoot;
    private readonly KeyLocks keyLocks = new();

    public LocalFolderObjectStore(string rootFolder)
    {
        root = Path.GetFullPath(rootFolder);
        objectsRoot = Path.Combine(root, "objects");
        metaRoot = Path.Combine(root, "meta");
        temporaryRoot = Path.Combine(root, "tmp");
        locksRoot = Path.Combine(root, "locks");
        Directory.CreateDirectory(objectsRoot);
        Directory.CreateDirectory(locksRoot);
        Directory.CreateDirectory(metaRoot);
        Directory.CreateDirectory(temporaryRoot);
        RemoveStaleTemporaryFiles();
    }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            await PutFileAsync(key, content, contentType, cancellationToken);
        }
        catch (Exception e) when (LocalStoreFailures.Translate(e, root) is { } outage)
        {
            throw outage;
        }
    }

    private async Task PutFileAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var objectPath = PathUnder(objectsRoot, key);
        var metaPath = PathUnder(metaRoot, key);

        string? temporaryContent = await WriteTemporaryFileAsync(
            (file, ct) => content.CopyToAsync(file, ct), cancellationToken);
        try
        {
            using (await keyLocks.AcquireAsync(key, cancellationToken))
            {
                if (IsLocked(objectPath)) throw new ObjectLockedException(key);
                MoveIntoPlace(ref temporaryContent, objectPath);
                // The object is in place: its sidecar follows whatever the caller's token says now (a put is never left half done).
                await PutMetaAsync(metaPath, contentType, CancellationToken.None);
            }
        }
        finally
        {
            DeleteLeftOver(temporaryContent);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var objectPath = PathUnder(objectsRoot, ObjectKey.Normalize(key));
        try
        {
            // FileShare.Delete lets a concurrent put replace the file while this reader keeps the old bytes.
            Stream stream = new FileStream(objectPath, FileMode.Open, FileAccess.Read,
                FileShare.Read | FileShare.Delete, bufferSize: 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (IsMissing(e, objectPath))
        {
            if (!Directory.Exists(objectsRoot)) throw LocalStoreFailures.RootMissing(root, e);
            return Task.FromResult<Stream?>(null);
        }
        catch (Exception e) when (LocalStoreFailures.Translate(e, root) is { } outage)
        {
            throw outage;
        }
    }

    public async Task<StoredObject?> StatAsync(string key, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        var file = new FileInfo(PathUnder(objectsRoot, key));
        if (!file.Exists)
            return Directory.Exists(objectsRoot) ? null : throw LocalStoreFailures.RootMissing(root);
        var contentType = await ReadContentTypeAsync(PathUnder(metaRoot, key), cancellationToken);
        return new StoredObject(key, file.Length, contentType, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        prefix = ObjectKey.NormalizePrefix(prefix);
        // Walk only the deepest folder the prefix names completely; filter the rest by string prefix.
        var lastSlash = prefix.LastIndexOf('/');
        var start = lastSlash < 0 ? objectsRoot : PathUnder(objectsRoot, prefix[..lastSlash]);
        if (!Directory.Exists(objectsRoot))
            throw LocalStoreFailures.RootMissing(root);
        if (!Directory.Exists(start))
            yield break;

        var keys = ListKeys(start, prefix);
        foreach (var key in keys)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return key;
        }
        await Task.CompletedTask;
    }

    public async Task<IReadOnlyList<VersionedKey>> ListVersionsAsync(string prefix, Func<string, bool> include, CancellationToken cancellationToken = default)
    {
        var keys = new List<string>();
        await foreach (var key in ListAsync(prefix, cancellationToken))
            if (include(key)) keys.Add(key);
        // A version here is the hash of the bytes: each object is read. A few at a time keep the disk busy.
        var versions = new VersionedKey?[keys.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, keys.Count), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                if (await ReadVersionedAsync(keys[i], ct) is { } read) versions[i] = new VersionedKey(keys[i], read.Version);
            });
        return versions.OfType<VersionedKey>().ToList();
    }

    private List<string> ListKeys(string start, string prefix)
    {
        try
        {
            return Directory.EnumerateFiles(start, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(objectsRoot, path).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (LocalStoreFailures.Translate(e, root) is { } outage)
        {
            throw outage;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => DeleteAsync(key, locked: false, cancellationToken);

    /// <param name="locked">True for destruction, the one removal allowed past a lock.</param>
    private async Task DeleteAsync(string key, bool locked, CancellationToken cancellationToken)
    {
        key = ObjectKey.Normalize(key);
        using (await keyLocks.AcquireAsync(key, cancellationToken))
        {
            if (!locked && IsLocked(PathUnder(objectsRoot, key))) throw new ObjectLockedException(key);
            try
            {
                DeleteFileAndEmptyFolders(objectsRoot, key);
                DeleteFileAndEmptyFolders(metaRoot, key);
            }
            catch (Exception e) when (LocalStoreFailures.Translate(e, root) is { } outage)
            {
                throw outage;
            }
        }
    }

    /// <summary>The folder keeps no versions: destroying is deleting every object under the prefix.</summary>
    public async Task<int> DestroyAsync(string prefix, CancellationToken cancellationToken = default)
    {
        prefix = ObjectKey.NormalizeNonEmptyPrefix(prefix);
        var keys = new List<string>();
        await foreach (var key in ListAsync(prefix, cancellationToken)) keys.Add(key);
        foreach (var key in keys) await DeleteAsync(key, locked: true, cancellationToken);
        return keys.Count;
    }

    /// <summary>The folder marks a locked object's file read-only (owner read only); the store refuses to overwrite or delete it.</summary>
    public Task<ObjectLockSupport> SupportAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ObjectLockSupport(!OperatingSystem.IsWindows(),
            OperatingSystem.IsWindows() ? "The local folder cannot mark files read-only on Windows"
                : "The local folder marks locked originals read-only and refuses to overwrite or delete them (no dates, no legal holds: the archive refuses those itself)"));

    /// <summary>Read-only has no end date: the file stays locked until destroyed.</summary>
    public async Task LockAsync(string key, DateTimeOffset? until, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        if (OperatingSystem.IsWindows()) return;
        using (await keyLocks.AcquireAsync(key, cancellationToken))
        {
            var path = PathUnder(objectsRoot, key);
            if (File.Exists(path)) File.SetUnixFileMode(path, UnixFileMode.UserRead);
        }
    }

    public Task SetLegalHoldAsync(string key, bool on, CancellationToken cancellationToken = default) => Task.CompletedTask;

    // Root may write any file whatever its mode, so the mode is read, not tried.
    private static bool IsLocked(string path) =>
        !OperatingSystem.IsWindows() && File.Exists(path) && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;

    public async Task<VersionedObject?> ReadVersionedAsync(string key, CancellationToken cancellationToken = default)
    {
        var objectPath = PathUnder(objectsRoot, ObjectKey.Normalize(key));
        try
        {
            var bytes = await File.ReadAllBytesAsync(objectPath, cancellationToken);
            return new VersionedObject(bytes, VersionOf(bytes));
        }
        catch (Exception e) when (IsMissing(e, objectPath))
        {
            if (!Directory.Exists(objectsRoot)) throw LocalStoreFailures.RootMissing(root, e);
            return null;
        }
        catch (Exception e) when (LocalStoreFailures.Translate(e, root) is { } outage)
        {
            throw outage;
        }
    }

    public async Task<string?> PutIfAsync(string key, ReadOnlyMemory<byte> content, string contentType, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        key = ObjectKey.Normalize(key);
        if (content.Length > IObjectStore.MaxConditionalBytes)
            throw new ArgumentException($"A conditional put takes at most {IObjectStore.MaxConditionalBytes} bytes.", nameof(content));
        var objectPath = PathUnder(objectsRoot, key);
        var metaPath = PathUnder(metaRoot, key);
        string? temporaryContent = null;
        try
        {
            temporaryContent = await WriteTemporaryFileAsync((file, ct) => file.WriteAsync(content, ct).AsTask(), cancellationToken);
            using (await keyLocks.AcquireAsync(key, cancellationToken))
            using (await AcquireFileLockAsync(key, cancellationToken))
            {
                var current = File.Exists(objectPath) ? VersionOf(await File.ReadAllBytesAsync(objectPath, cancellationToken)) : null;
                if (current != expectedVersion) return null;
                MoveIntoPlace(ref temporaryContent, objectPath);
                // The object is in place: its sidecar follows whatever the caller's token says now (a put is never left half done).
                await PutMetaAsync(metaPath, contentType, CancellationToken.None);
            }
            return VersionOf(content.Span);
        }
        catch (Exception e) when (LocalStoreFailures.Translate(e, root) is { } outage)
        {
            throw outage;
        }
        finally
        {
            DeleteLeftOver(temporaryContent);
        }
    }

    private static string VersionOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(bytes));

    /// <summary>
    /// An exclusive lock, across processes, on the lock file for <paramref name="key"/>: a stable hash (the same in
    /// every process, unlike string.GetHashCode) picks one of 64 files. Held only for a check and two renames.
    /// </summary>
    private async Task<IDisposable> AcquireFileLockAsync(string key, CancellationToken cancellationToken)
    {
        var hash = System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(key));
        var path = Path.Combine(locksRoot, $"{hash[0] % 64:D2}.lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 2000 && Directory.Exists(locksRoot))
            {
                await Task.Delay(Math.Min(1 + attempt, 10), cancellationToken); // another process (or thread) holds it
            }
        }
    }

    private async Task<string> WriteTemporaryFileAsync(Func<FileStream, CancellationToken, Task> write, CancellationToken cancellationToken,
        bool durable = true)
    {
        var path = Path.Combine(temporaryRoot, Guid.NewGuid().ToString("N"));
        try
        {
            // Unbuffered: callers hand whole buffers (a record, a sidecar) or copy a stream through a pooled buffer, so a
            // FileStream buffer of its own was an 80 KB array allocated for every file written (7 % of an upload's bytes).
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None,
                bufferSize: 0, FileOptions.Asynchronous);
            await write(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
            // fsync before the rename: otherwise a power loss can leave the renamed file empty.
            if (durable) file.Flush(flushToDisk: true);
            return path;
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>
    /// Renames the temporary file into place (then <paramref name="temporaryPath"/> is null: nothing is left to delete).
    /// The folder is made only when the rename finds it missing: a mkdir of an existing folder, like an unlink of a
    /// file already renamed away, still locks the parent folder, where every other put creates its files meanwhile.
    /// </summary>
    private static void MoveIntoPlace(ref string? temporaryPath, string finalPath)
    {
        var folder = Path.GetDirectoryName(finalPath)!;
        // A concurrent delete may remove the (then empty) parent folder between making it and the rename.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                File.Move(temporaryPath!, finalPath, overwrite: true);
                temporaryPath = null;
                return;
            }
            catch (IOException) when (attempt < 5 && !Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
    }

    /// <summary>Deletes a temporary file a put did not move into place (it failed or was refused).</summary>
    private static void DeleteLeftOver(string? temporaryPath)
    {
        if (temporaryPath is not null) File.Delete(temporaryPath);
    }

    /// <summary>Puts the content-type sidecar after its object, under the key's lock; not fsync'ed (see the remarks of the class).</summary>
    private async Task PutMetaAsync(string metaPath, string contentType, CancellationToken cancellationToken)
    {
        var meta = JsonSerializer.SerializeToUtf8Bytes(new ObjectMeta(string.IsNullOrWhiteSpace(contentType) ? DefaultContentType : contentType));
        if (await HoldsAsync(metaPath, meta, cancellationToken)) return;
        string? temporaryMeta = await WriteTemporaryFileAsync((file, ct) => file.WriteAsync(meta, ct).AsTask(), cancellationToken, durable: false);
        try
        {
            MoveIntoPlace(ref temporaryMeta, metaPath);
        }
        finally
        {
            DeleteLeftOver(temporaryMeta);
        }
    }

    /// <summary>
    /// Whether the sidecar at <paramref name="metaPath"/> already holds <paramref name="meta"/>: a record rewritten with the
    /// same content type keeps its sidecar instead of a new file (on a file system without a journal, each file
    /// created skips every inode freed in the last minutes, and each replaced sidecar freed one).
    /// </summary>
    private static async Task<bool> HoldsAsync(string metaPath, byte[] meta, CancellationToken cancellationToken)
    {
        try
        {
            var held = await File.ReadAllBytesAsync(metaPath, cancellationToken);
            return held.AsSpan().SequenceEqual(meta);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    private static void DeleteFileAndEmptyFolders(string treeRoot, string key)
    {
        var path = PathUnder(treeRoot, key);
        if (!File.Exists(path))
            return;
        File.Delete(path);
        // Empty folders left behind would stop a later put of a key equal to the folder's name.
        for (var folder = Path.GetDirectoryName(path)!; folder.Length > treeRoot.Length; folder = Path.GetDirectoryName(folder)!)
        {
            try
            {
                Directory.Delete(folder);
            }
            catch (IOException)
            {
                return; // not empty (or just refilled by a concurrent put): it stays
            }
        }
    }

    private static async Task<string> ReadContentTypeAsync(string metaPath, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = File.OpenRead(metaPath);
            var meta = await JsonSerializer.DeserializeAsync<ObjectMeta>(file, cancellationToken: cancellationToken);
            return meta?.ContentType ?? DefaultContentType;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            // Bytes without a readable sidecar (a crash between the two renames) are still served.
            return DefaultContentType;
        }
    }

    /// <summary>Second line of defense after key validation: the path must stay inside the tree.</summary>
    private static string PathUnder(string treeRoot, string key)
    {
        var path = Path.GetFullPath(Path.Combine(treeRoot, key));
        if (!path.StartsWith(treeRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidObjectKeyException(key, "khóa trỏ ra ngoài thư mục lưu trữ");
        return path;
    }

    private static bool IsMissing(Exception e, string path) =>
        e is FileNotFoundException or DirectoryNotFoundException
        || (e is UnauthorizedAccessException && Directory.Exists(path)); // a folder of other keys, not an object

    private void RemoveStaleTemporaryFiles()
    {
        // Leftovers of a crashed put; young ones may belong to another process writing right now.
        foreach (var file in new DirectoryInfo(temporaryRoot).EnumerateFiles())
        {
            if (DateTime.UtcNow - file.LastWriteTimeUtc > StaleTemporaryFileAge)
                file.Delete();
        }
    }

    private sealed record ObjectMeta(string ContentType);
}
