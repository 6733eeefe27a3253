using System.Threading.Channels;
using Archive.Api.Monitoring;

namespace Archive.Api.Ocr;

/// <summary>Documents waiting for OCR, by id; <see cref="OcrWorker"/> takes them one at a time.</summary>
public sealed class OcrQueue(TimeProvider time) : IWorkQueueStatus
{
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>();
    private int length;
    private long lastProgressTicks = time.GetUtcNow().UtcTicks;

    public string Name => "ocr";

    public int Length => Volatile.Read(ref length);

    public DateTimeOffset LastProgressAt => new(Interlocked.Read(ref lastProgressTicks), TimeSpan.Zero);

    public void Enqueue(string id)
    {
        // Work arriving at an idle queue starts the clock: a queue that was merely empty is not stuck.
        if (Interlocked.Increment(ref length) == 1 && channel.Reader.Count == 0) Progressed();
        channel.Writer.TryWrite(id);
    }

    public async IAsyncEnumerable<string> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var id in channel.Reader.ReadAllAsync(cancellationToken))
        {
            Interlocked.Decrement(ref length);
            Progressed();
            yield return id;
        }
    }

    /// <summary>The worker finished a page: a long document is slow, not stuck.</summary>
    public void Progressed() => Interlocked.Exchange(ref lastProgressTicks, time.GetUtcNow().UtcTicks);
}
