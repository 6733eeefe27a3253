namespace Archive.Api.Records;

/// <summary>Registration of records management: dossiers, the retention schedule, legal holds, what is due for disposal.</summary>
public static class RecordsServices
{
    public static IHostApplicationBuilder AddArchiveRecords(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DossierRegister>();
        builder.Services.AddSingleton<RetentionSchedule>();
        builder.Services.AddSingleton<HoldRegister>();
        builder.Services.AddSingleton<DisposalDue>();
        builder.Services.AddHostedService<RecordsStartup>();
        return builder;
    }
}
