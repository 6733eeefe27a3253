namespace Archive.Api.Records;

/// <summary>Registration of records management: dossiers, the retention schedule, legal holds, what is due for disposal,
/// disposal proposals and tombstones.
/// They are loaded from the store with everything else by <c>Hosting.StoredRecords</c>.</summary>
public static class RecordsServices
{
    public static IHostApplicationBuilder AddArchiveRecords(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DossierRegister>();
        builder.Services.AddSingleton<RetentionSchedule>();
        builder.Services.AddSingleton<HoldRegister>();
        builder.Services.AddSingleton<DisposalDue>();
        builder.Services.AddSingleton<DocumentDestruction>();
        builder.Services.AddSingleton<DisposalRegister>();
        builder.Services.AddSingleton<DisposalExecution>();
        builder.Services.AddSingleton<DossierTransferPackage>();
        builder.Services.AddSingleton<DocumentVersions>();
        builder.Services.AddSingleton<OriginalLocks>();
        builder.Services.AddSingleton<Documents.IOriginalLocks>(sp => sp.GetRequiredService<OriginalLocks>());
        return builder;
    }
}
