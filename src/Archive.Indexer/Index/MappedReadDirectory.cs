using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace Archive.Indexer.Index;

/// <summary>
/// Lucene's file-system directory, reading each file through a read-only memory mapping while the mapped files stay
/// within <see cref="MappedBudgetBytes"/>, and the rest by positional reads (pread). A mapped buffer is refilled by a
/// copy from the mapped pages (<see cref="System.Runtime.InteropServices.SafeBuffer.ReadSpan{T}"/>), not by a system
/// call; neither kind has a shared stream position to lock.
/// </summary>
/// <remarks>
/// Lucene.Net's NIOFSDirectory goes through a FileStream per read (seek, copy, lock) and its MMapDirectory, which reads
/// byte by byte through a buffer abstraction, was slower still here. With positional reads, a search clones an input for
/// every postings list and skip list it reads, each refilled at least once, and those reads' system calls were ~15 % of a
/// search at 668 documents (perf of <c>bench relevance --index DIR --archive-only</c>); mapped, a clone's buffer is small
/// (most postings lists are a few hundred bytes; each clone allocates its buffer). Mapped pages a search touched count in
/// the process's resident memory, so only a budget of the index is mapped: a small archive is mapped whole, and in a
/// large one (1.4 GB at 100,000 documents) the rest is read as before instead of growing the resident set by the index's
/// size. A mapping is released when the input that opened it is closed (Lucene closes a segment's files once no searcher
/// uses it), giving its bytes back to the budget; a read after that throws rather than touching unmapped memory. Reads
/// are the only change: writing, locking and syncing are FSDirectory's own.
/// <para>
/// The budget goes first to what every search reads across its matches: the postings' documents and frequencies, the
/// term dictionaries, the norms and the doc values. Positions (read only for a phrase's documents holding all its
/// words), stored fields (read only for the page's hits) and term vectors are mapped only while they, the mapped files
/// and every other file of the folder not mapped yet fit in half the budget: a mapping is kept until its segment is
/// merged away, so the other half stays for the postings of the segments an archive grows by. At 100,000 documents
/// (1.4 GB of index, 512 MB mapped) that maps the postings' documents of every segment instead of every file of the
/// first segments: <c>bench search-scale 100000 --index DIR</c>, three alternated pairs, p50 18.0 / 19.6 / 20.6 ms for
/// questions without diacritics against 18.5 / 22.0 / 22.1 ms, resident memory ~765 MB against ~590 MB.
/// </para>
/// </remarks>
public sealed class MappedReadDirectory(DirectoryInfo path, long mappedBudgetBytes = MappedReadDirectory.DefaultMappedBudgetBytes)
    : FSDirectory(path, null)
{
    /// <summary>512 MB (<see cref="IndexOptions.MappedMB"/>): an archive of some 30,000 documents is mapped whole.</summary>
    public const long DefaultMappedBudgetBytes = 512L * 1024 * 1024;

    // A clone's buffer: each postings list, skip level and stored-fields chunk a search reads is a clone, refilled (and its
    // buffer allocated) at least once, and most postings lists at 668 documents are a few hundred bytes. bench relevance
    // --index DIR --archive-only --passes 3, alternated: 256 bytes against 1 KB, 5.4-6.2 / 4.8-5.3 ms of processor time a
    // question against 6.5-7.3 / 4.0-5.5, 1,288 / 1,093 KB allocated against 1,489 / 1,246; 128 bytes no different from 256.
    private const int MappedBufferBytes = 256;
    private const int PositionalBufferBytes = 4096;

    // Positions, payloads, stored fields and term vectors: each search reads them for a few documents only.
    private static readonly string[] LateExtensions = [".pos", ".pay", ".fdt", ".tvd"];

    private readonly System.Threading.Lock gate = new();
    private readonly Dictionary<string, int> mappedInputs = new(StringComparer.Ordinal);
    private long mappedBytes;

    /// <summary>The most bytes of index files mapped at once.</summary>
    public long MappedBudgetBytes { get; } = mappedBudgetBytes;

    /// <summary>The bytes of index files mapped now.</summary>
    public long MappedBytes
    {
        get
        {
            lock (gate) return mappedBytes;
        }
    }

    /// <summary>The names of the index files mapped now (for the tests).</summary>
    internal IReadOnlyList<string> MappedFiles
    {
        get
        {
            lock (gate) return [.. mappedInputs.Keys.Order(StringComparer.Ordinal)];
        }
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var bytes = OpenBytes(name);
        return new Input($"MappedReadInput({name})", bytes, 0, bytes.Length, owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, OpenBytes(name));
    }

    private FileBytes OpenBytes(string name)
    {
        var handle = File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            var length = RandomAccess.GetLength(handle);
            if (length > 0 && Reserve(name, length))
            {
                try
                {
                    return MappedBytesOf(handle, length, () => Release(name, length));
                }
                catch
                {
                    Release(name, length);
                    throw;
                }
            }
            return new PositionalBytes(handle, length);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static bool ReadLate(string name) => LateExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// Whether <paramref name="name"/> (<paramref name="length"/> bytes) is mapped, counted in the budget if so: a file
    /// read late (<see cref="LateExtensions"/>) only while it, the mapped files and every other file of the folder not
    /// mapped yet fit in half the budget.
    /// </summary>
    private bool Reserve(string name, long length)
    {
        var late = ReadLate(name);
        var others = late ? Directory.EnumerateFiles().Where(f => !ReadLate(f.Name)).Select(f => (f.Name, Length: LengthOf(f))).ToList() : [];
        lock (gate)
        {
            var needed = length + others.Where(f => !mappedInputs.ContainsKey(f.Name)).Sum(f => f.Length);
            if (mappedBytes + needed > (late ? MappedBudgetBytes / 2 : MappedBudgetBytes)) return false;
            mappedBytes += length;
            mappedInputs[name] = mappedInputs.GetValueOrDefault(name) + 1;
            return true;
        }
    }

    /// <summary>A listed file's length; 0 for one a merge or a commit deleted since it was listed.</summary>
    private static long LengthOf(FileInfo file)
    {
        try
        {
            return file.Length;
        }
        catch (FileNotFoundException)
        {
            return 0;
        }
    }

    private void Release(string name, long length)
    {
        lock (gate)
        {
            mappedBytes -= length;
            if (--mappedInputs[name] == 0) mappedInputs.Remove(name);
        }
    }

    private static MappedFile MappedBytesOf(SafeFileHandle handle, long length, Action released)
    {
        var file = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        try
        {
            return new MappedFile(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length, released);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>A file's bytes, read by position.</summary>
    private abstract class FileBytes : IDisposable
    {
        public abstract long Length { get; }
        public abstract int BufferBytes { get; }
        public abstract void Read(long position, Span<byte> into);
        public abstract void Dispose();
    }

    /// <summary>A whole file mapped for reading.</summary>
    private sealed class MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, long length, Action released) : FileBytes
    {
        private int disposed;

        public override long Length => length;
        public override int BufferBytes => MappedBufferBytes;

        public override void Read(long position, Span<byte> into) =>
            view.SafeMemoryMappedViewHandle.ReadSpan((ulong)(view.PointerOffset + position), into);

        public override void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 1) return;
            view.Dispose();
            file.Dispose();
            released();
        }
    }

    /// <summary>A file read by positional reads (pread), for what the mapping budget leaves out and for empty files.</summary>
    private sealed class PositionalBytes(SafeFileHandle handle, long length) : FileBytes
    {
        public override long Length => length;
        public override int BufferBytes => PositionalBufferBytes;

        public override void Read(long position, Span<byte> into)
        {
            while (into.Length > 0)
            {
                var read = RandomAccess.Read(handle, into, position);
                if (read <= 0) throw new EndOfStreamException("read past EOF");
                position += read;
                into = into[read..];
            }
        }

        public override void Dispose() => handle.Dispose();
    }

    private sealed class Slicer(string name, FileBytes bytes) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"MappedReadInput({sliceDescription} in {name})", bytes, offset, length, owner: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, bytes.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing) bytes.Dispose();
        }
    }

    private sealed class Input(string description, FileBytes bytes, long start, long length, bool owner)
        : BufferedIndexInput(description, bytes.BufferBytes)
    {
        private bool isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int len)
        {
            if (Position + len > length) throw new EndOfStreamException($"read past EOF: {this}");
            bytes.Read(start + Position, b.AsSpan(offset, len));
        }

        protected override void SeekInternal(long pos)
        {
        }

        public override object Clone()
        {
            var clone = (Input)base.Clone();
            clone.isClone = true;
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && owner && !isClone) bytes.Dispose();
        }
    }
}
