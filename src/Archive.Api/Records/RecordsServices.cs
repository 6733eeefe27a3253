namespace Archive.Api.Records;

/// <summary>Registration of records management: dossiers and the retention schedule.</summary>
public static class RecordsServices
{
    public static IHostApplicationBuilder AddArchiveRecords(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DossierRegister>();
        builder.Services.AddSingleton<RetentionSchedule>();
        builder.Services.AddHostedService<RecordsStartup>();
        return builder;
    }
}
