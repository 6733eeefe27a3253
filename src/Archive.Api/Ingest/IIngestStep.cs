namespace Archive.Api.Ingest;

/// <summary>
/// One step of the ingest pipeline (<see cref="IngestPipeline"/>). Steps run in order on one
/// <see cref="IngestContext"/>; each does one thing and says nothing about the others except through the context.
/// </summary>
public interface IIngestStep
{
    Task RunAsync(IngestContext context);
}
