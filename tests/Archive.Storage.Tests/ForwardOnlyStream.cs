namespace Archive.Storage.Tests;

/// <summary>
/// A stream that only reads forward and does not know its length, like a request body, and can be
/// told to fail after some bytes, like a client that disconnects halfway through an upload.
/// </summary>
public sealed class ForwardOnlyStream(byte[] content, int? failAfterBytes = null) : Stream
{
    private int position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (position >= failAfterBytes)
            throw new IOException("Kết nối bị ngắt giữa chừng (giả lập).");
        var end = Math.Min(content.Length, failAfterBytes ?? int.MaxValue);
        // Small odd chunks, as a network delivers them.
        var n = Math.Min(Math.Min(count, 7919), end - position);
        Array.Copy(content, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
