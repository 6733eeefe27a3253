using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Archive.Indexer.Index;

/// <summary>
/// Lucene's file-system directory, reading each file through a read-only memory mapping: a buffer is refilled by a
/// copy from the mapped pages (<see cref="System.Runtime.InteropServices.SafeBuffer.ReadSpan{T}"/>), not by a system
/// call, and has no shared stream position to lock.
/// </summary>
/// <remarks>
/// Lucene.Net's NIOFSDirectory goes through a FileStream per read (seek, copy, lock) and its MMapDirectory, which reads
/// byte by byte through a buffer abstraction, was slower still here. A positional read (pread) a refill was next; a
/// search clones an input for every postings list and skip list it reads, each refilled at least once, and those reads'
/// system calls were ~15 % of a search at 668 documents (perf of <c>bench relevance --index DIR --archive-only</c>). As a
/// refill is now a copy, a clone's buffer is small (most postings lists are a few hundred bytes; each clone allocates
/// its buffer). A mapping is released when the input that opened it is closed (Lucene closes a segment's files once no
/// searcher uses it); a read after that throws rather than touching unmapped memory. Reads are the only change:
/// writing, locking and syncing are FSDirectory's own.
/// </remarks>
public sealed class MappedReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    private const int ReadBufferBytes = 1024;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var mapping = Mapping.Of(Path.Combine(Directory.FullName, name));
        return new Input($"MappedReadInput({name})", mapping, 0, mapping.Length, owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, Mapping.Of(Path.Combine(Directory.FullName, name)));
    }

    /// <summary>A whole file mapped for reading (none for an empty file, which has nothing to read).</summary>
    private sealed class Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, long length) : IDisposable
    {
        public long Length { get; } = length;

        public static Mapping Of(string path)
        {
            var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            if (length == 0)
            {
                handle.Dispose();
                return new Mapping(null, null, 0);
            }
            var file = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            return new Mapping(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), length);
        }

        public void Read(long position, Span<byte> into)
        {
            if (view is null) throw new EndOfStreamException("read past EOF: empty file");
            view.SafeMemoryMappedViewHandle.ReadSpan((ulong)(view.PointerOffset + position), into);
        }

        public void Dispose()
        {
            view?.Dispose();
            file?.Dispose();
        }
    }

    private sealed class Slicer(string name, Mapping mapping) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"MappedReadInput({sliceDescription} in {name})", mapping, offset, length, owner: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, mapping.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing) mapping.Dispose();
        }
    }

    private sealed class Input(string description, Mapping mapping, long start, long length, bool owner)
        : BufferedIndexInput(description, ReadBufferBytes)
    {
        private bool isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int len)
        {
            if (Position + len > length) throw new EndOfStreamException($"read past EOF: {this}");
            mapping.Read(start + Position, b.AsSpan(offset, len));
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
            if (disposing && owner && !isClone) mapping.Dispose();
        }
    }
}
