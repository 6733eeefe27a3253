using Archive.Api.Documents;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Hosting.Health;

/// <summary>The Lucene index is open and a searcher can be taken from it.</summary>
public sealed class IndexHealthCheck(DocumentIndexing indexing, ArchiveStartup startup) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var documents = indexing.Index.UseSearcher(searcher => searcher.IndexReader.NumDocs);
            var data = new Dictionary<string, object> { ["entries"] = documents, ["repaired"] = startup.Repaired.IsCompletedSuccessfully };
            // Still filling from the store after a start: searchable, but answers may lack documents for a while.
            if (startup.Repaired.IsFaulted)
                return Task.FromResult(HealthCheckResult.Degraded("Repairing the index from the store failed; see the log", startup.Repaired.Exception, data));
            return Task.FromResult(HealthCheckResult.Healthy("The index is open", data));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"The index cannot be searched: {e.Message}", e));
        }
    }
}
