namespace Archive.Api.Records;

/// <summary>Loads the dossiers and legal holds from the store before requests are served (documents are loaded by <see cref="Hosting.ArchiveStartup"/>).</summary>
public sealed class RecordsStartup(DossierRegister dossiers, HoldRegister holds) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await dossiers.LoadAsync(cancellationToken);
        await holds.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
