using System.Threading.Channels;

namespace Archive.Api.Ocr;

/// <summary>Documents waiting for OCR, by id; <see cref="OcrWorker"/> takes them one at a time.</summary>
public sealed class OcrQueue
{
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>();

    public void Enqueue(string id) => channel.Writer.TryWrite(id);

    public IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken) => channel.Reader.ReadAllAsync(cancellationToken);
}
