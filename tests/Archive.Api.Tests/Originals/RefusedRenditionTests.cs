using System.Net;
using Archive.Indexer.Extraction.Office;
using Archive.Indexer.Tests.Extraction;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Originals;

/// <summary>
/// A word-processor file whose reading failed is not handed to LibreOffice for a rendition: a 1 MB bomb kept it busy
/// for 120 s and 1.77 GB, and every other conversion of the service waited behind it.
/// </summary>
public sealed class RefusedRenditionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("archive-refused-rendition-").FullName;
    private readonly CountingConverterFactory factory;

    public RefusedRenditionTests() => factory = new CountingConverterFactory(folder);

    public void Dispose()
    {
        factory.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_refused_bomb_s_view_answers_at_once_with_the_reason_without_starting_LibreOffice()
    {
        var client = factory.CreateClient();
        var record = await client.UploadRecordAsync(ZipBombs.Docx(1024L * 1024 * 1024), "công văn.docx");
        Assert.Equal("failed", record.GetProperty("textStatus").GetString());
        var id = record.GetProperty("id").GetString()!;

        var view = await client.GetAsync($"/api/documents/{id}/view");
        var picture = await client.GetAsync($"/api/documents/{id}/pages/1");
        var page = await client.GetStringAsync($"/quan-ly/van-ban/{id}");

        Assert.Equal(HttpStatusCode.Conflict, view.StatusCode);
        Assert.Equal("application/problem+json", view.Content.Headers.ContentType?.MediaType);
        Assert.Contains("bom nén", (await view.JsonAsync()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, picture.StatusCode);
        Assert.DoesNotContain($"/api/documents/{id}/view", page);
        Assert.False(File.Exists(factory.Started), "LibreOffice was started for the bomb");
        // The original is still there to download, byte for byte.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{id}/content")).StatusCode);
    }

    /// <summary>The service with a "LibreOffice" that only notes it was started (in <see cref="Started"/>) and converts nothing.</summary>
    private sealed class CountingConverterFactory(string folder) : ArchiveApiFactory
    {
        public string Started => Path.Combine(folder, "started");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var program = Path.Combine(folder, "soffice");
            File.WriteAllText(program, $"#!/bin/sh\necho \"$@\" >> '{Started}'\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var converter = new OfficeDocumentConverter(program: program);
            builder.ConfigureTestServices(services => services.AddSingleton(converter));
        }
    }
}
