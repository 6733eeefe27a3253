using System.Text.Json;
using Archive.Indexer.Index;
using Archive.Indexer.Search;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// Once the service has started, runs <see cref="SearchWarmUp"/> on a thread of its own and writes its answers as the
/// search API would (the serializer's description of the results is built at the first write): the first questions
/// then find the search path compiled. Readiness and the first requests do not wait for it; a failure only costs the
/// first questions that time (<see cref="IndexOptions.WarmUpSearch"/> turns it off).
/// </summary>
public sealed class SearchWarmUpStart(
    IHostApplicationLifetime lifetime,
    IOptions<IndexOptions> index,
    IOptions<JsonOptions> json,
    ILogger<SearchWarmUpStart> logger) : IHostedService
{
    private readonly TaskCompletionSource<bool> warmed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>True once the search path ran; false when the warm-up is off or failed.</summary>
    public Task<bool> Warmed => warmed.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (index.Value.WarmUpSearch)
            lifetime.ApplicationStarted.Register(() => new Thread(WarmUp) { IsBackground = true, Name = "search warm-up" }.Start());
        else
            warmed.TrySetResult(false);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void WarmUp()
    {
        try
        {
            var started = TimeProvider.System.GetTimestamp();
            var folder = Path.Combine(Path.GetTempPath(), "archive-search-warm-up-" + Guid.NewGuid().ToString("N"));
            foreach (var results in SearchWarmUp.Run(folder))
                JsonSerializer.SerializeToUtf8Bytes(results, json.Value.SerializerOptions);
            logger.LogDebug("Search path warmed up in {Elapsed}", TimeProvider.System.GetElapsedTime(started));
            warmed.TrySetResult(true);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "The search warm-up failed; the first questions compile the search path themselves");
            warmed.TrySetResult(false);
        }
    }
}
