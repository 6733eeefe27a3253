namespace Archive.Api.Records;

/// <summary>Loads the dossiers from the store before requests are served (documents are loaded by <see cref="Hosting.ArchiveStartup"/>).</summary>
public sealed class RecordsStartup(DossierRegister dossiers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => dossiers.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
