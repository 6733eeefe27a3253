using Archive.Api.Access;
using Archive.Api.Apis;
using Archive.Api.Hosting;
using Archive.Api.Records;
using Archive.Api.Web;

// Settings files are found next to the binaries wherever the service is started from; data paths stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseArchiveDefaultUrl();
builder.AddArchiveStorage();
builder.AddArchiveDocuments();
builder.AddArchiveProblems();
builder.AddArchiveJson();
builder.AddArchiveAccess();
builder.AddArchiveWeb();
builder.AddArchiveRecords();
builder.Services.AddOpenApi();

var app = builder.Build();
if (await app.RunArchiveCommandAsync(args) || await app.RunOperatorCommandAsync(args)) return;

app.UseArchiveSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseArchiveAccess();
app.MapOpenApi().AllowAnonymous();
app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health").AllowAnonymous();
app.MapDocumentsApi();
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
app.MapArchiveWeb();
app.Run();

public partial class Program;
