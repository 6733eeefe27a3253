using Archive.Api.Access;
using Archive.Api.Apis;
using Archive.Api.Hosting;
using Archive.Api.Hosting.Health;
using Archive.Api.Hosting.OpenApi;
using Archive.Api.Hosting.Telemetry;
using Archive.Api.Records;
using Archive.Api.Web;

if (CommandHelp.IsAsked(args))
{
    CommandHelp.Show();
    return;
}

// Settings files are found next to the binaries wherever the service is started from; data paths stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
if (AccessStartup.PresetKeyProblem(builder.Configuration) is { } wrongKey)
{
    await Console.Error.WriteLineAsync(wrongKey);
    Environment.ExitCode = 2;
    return;
}
builder.WebHost.UseArchiveDefaultUrl();
builder.AddArchiveStorage();
builder.AddArchiveDocuments();
builder.AddArchiveProblems();
builder.AddArchiveJson();
builder.AddArchiveDataProtection();
builder.AddArchiveAccess();
builder.AddArchiveWeb();
builder.AddArchiveHealth();
builder.AddArchiveOpenApi();
builder.AddArchiveTelemetry();
builder.AddArchiveRecords();

var app = builder.Build();
if (await app.RunArchiveCommandAsync(args) || await app.RunOperatorCommandAsync(args)) return;

app.UseArchiveSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages(ProblemAnswers.WriteStatusAsync);
app.UseArchiveAccess();
app.MapArchiveOpenApi();
app.MapArchiveHealth();
app.MapArchiveMetrics();
app.MapDocumentsApi();
app.MapVersionsApi();
app.MapSearchApi();
app.MapCitationsApi();
app.MapMetadataApi();
app.MapPublishingApi();
app.MapIntegrityApi();
app.MapAuditApi();
app.MapUsersApi();
app.MapDossiersApi();
app.MapRetentionScheduleApi();
app.MapHoldsApi();
app.MapDisposalApi();
app.MapTransferApi();
app.MapArchiveWeb();
app.Run();

public partial class Program;
