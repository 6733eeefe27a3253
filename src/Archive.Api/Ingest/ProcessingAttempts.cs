using Archive.Api.Documents;
using Archive.Storage;

namespace Archive.Api.Ingest;

/// <summary>
/// How many times processing of a document was begun and not finished, kept in the store
/// (<see cref="StoreLayout.Processing"/>) before each attempt starts, so that a file that kills the service (or makes
/// the pipeline throw) is counted even when nothing is left to count it: after <see cref="Limit"/> attempts it is
/// marked failed with the reason instead of being tried again at every start.
/// </summary>
public sealed class ProcessingAttempts(IObjectStore store)
{
    /// <summary>Attempts allowed before a document is given up as failed.</summary>
    public const int Limit = 3;

    public sealed record Marker(int Attempts, string? LastError, DateTimeOffset StartedAt);

    /// <summary>Counts a new attempt; returns the marker as it was before (null when this is the first attempt).</summary>
    public async Task<Marker?> BeginAsync(string id, CancellationToken cancellationToken)
    {
        var before = await ReadAsync(id, cancellationToken);
        await StoredJson.WriteAsync(store, StoreLayout.Processing(id),
            new Marker((before?.Attempts ?? 0) + 1, before?.LastError, DateTimeOffset.UtcNow), cancellationToken);
        return before;
    }

    /// <summary>Keeps why the attempt failed, for the reason given when the document is finally marked failed.</summary>
    public async Task FailedAsync(string id, string error, CancellationToken cancellationToken)
    {
        if (await ReadAsync(id, cancellationToken) is { } marker)
            await StoredJson.WriteAsync(store, StoreLayout.Processing(id), marker with { LastError = error }, cancellationToken);
    }

    /// <summary>The document is done (or given up): nothing to count any more.</summary>
    public Task EndAsync(string id, CancellationToken cancellationToken) => store.DeleteAsync(StoreLayout.Processing(id), cancellationToken);

    private async Task<Marker?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await StoredJson.ReadAsync<Marker>(store, StoreLayout.Processing(id), cancellationToken);
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // a torn marker counts as none: at worst one more attempt
        }
    }
}
