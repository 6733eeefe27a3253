using Microsoft.Win32.SafeHandles;
using Lucene.Net.Store;

namespace Archive.Indexer.Index;

/// <summary>
/// Lucene's file-system directory, reading each buffer with one positional read (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>,
/// pread on Linux) straight from the file handle: no shared stream position to lock, no intermediate stream
/// buffer, and a buffer large enough for a terms block or a postings block in one call.
/// </summary>
/// <remarks>
/// Lucene.Net's NIOFSDirectory goes through a FileStream per read (seek, copy, lock) and its MMapDirectory was
/// slower still here; a search looks up a few hundred terms and postings blocks, so the cost per read is most
/// of what a query costs. Reads are the only change: writing, locking and syncing are FSDirectory's own.
/// </remarks>
public sealed class PositionalReadDirectory(DirectoryInfo path) : FSDirectory(path, null)
{
    private const int ReadBufferBytes = 4096;

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var handle = File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new Input($"PositionalReadInput({name})", handle, 0, RandomAccess.GetLength(handle), owner: true);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new Slicer(name, File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
    }

    private sealed class Slicer(string name, SafeFileHandle handle) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new Input($"PositionalReadInput({sliceDescription} in {name})", handle, offset, length, owner: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(handle));

        protected override void Dispose(bool disposing)
        {
            if (disposing) handle.Dispose();
        }
    }

    private sealed class Input(string description, SafeFileHandle handle, long start, long length, bool owner)
        : BufferedIndexInput(description, ReadBufferBytes)
    {
        private bool isClone;

        public override long Length => length;

        protected override void ReadInternal(byte[] b, int offset, int len)
        {
            var position = start + Position;
            if (Position + len > length) throw new EndOfStreamException($"read past EOF: {this}");
            var span = b.AsSpan(offset, len);
            while (span.Length > 0)
            {
                var read = RandomAccess.Read(handle, span, position);
                if (read <= 0) throw new EndOfStreamException($"read past EOF: {this}");
                position += read;
                span = span[read..];
            }
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
            if (disposing && owner && !isClone) handle.Dispose();
        }
    }
}
