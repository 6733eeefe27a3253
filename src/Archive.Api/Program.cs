using Archive.Api.Apis;
using Archive.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseArchiveDefaultUrl();
builder.AddArchiveStorage();
builder.AddArchiveDocuments();
builder.AddArchiveProblems();
builder.Services.AddOpenApi();

var app = builder.Build();
if (await app.RunArchiveCommandAsync(args)) return;

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).WithTags("Health");
app.MapDocumentsApi();
app.MapSearchApi();
app.Run();

public partial class Program;
