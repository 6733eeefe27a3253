using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace Archive.Bench;

/// <summary>
/// A long document's part as a visitor asks for it: the real service (a child process on a fresh local folder) holds a
/// published 550-article law (~270,000 characters, three parts); its part 2 and "?den=dieu-500" are asked for over HTTP
/// one after another, and the service's processor time per request is reported, with the document cache off
/// (<c>Site__DocumentCacheMegabytes=0</c>: every request reads the text and structure from the store and cuts the parts,
/// as before the cache) and on (the default), in the same run.
/// </summary>
/// <remarks>Arguments: <c>[--requests N]</c> (each way, default 200) <c>[--service FOLDER]</c> (another build of Archive.Api).</remarks>
public sealed class DocumentPartsBenchmark : IBenchmark
{
    public string Name => "document-parts";

    public string Description => "a published 550-article law's part pages over HTTP: service cpu ms a request with the document cache off (as before) and on [--requests N] [--service FOLDER]";

    public async Task RunAsync(string[] args)
    {
        var requests = int.Parse(BenchArguments.Option(args, "--requests") ?? "200", CultureInfo.InvariantCulture);
        var binaries = Path.GetFullPath(BenchArguments.Option(args, "--service") ?? AppContext.BaseDirectory);
        var law = Archive.Api.Tests.Web.LongLaw.Text();
        Console.WriteLine($"law: {law.Length:N0} characters; {requests} requests each way; load average {RelevanceBenchmark.LoadAverage()}");
        foreach (var megabytes in new[] { 0, 64 })
        {
            var folder = Directory.CreateTempSubdirectory("archive-document-parts-bench-").FullName;
            try
            {
                using var service = await ServiceProcess.StartAsync(folder,
                    new Dictionary<string, string> { ["Site__DocumentCacheMegabytes"] = megabytes.ToString(CultureInfo.InvariantCulture) }, binaries);
                var slug = await PublishAsync(service.Client, law);
                using var visitor = new HttpClient { BaseAddress = service.Client.BaseAddress };
                string[] addresses = [$"/van-ban/{slug}?phan=2", $"/van-ban/{slug}?den=dieu-500"];
                foreach (var address in addresses) await GetAsync(visitor, address); // warm: JIT, first reading
                var before = service.ProcessorTime;
                var watch = Stopwatch.StartNew();
                var bytes = 0L;
                for (var i = 0; i < requests; i++) bytes += await GetAsync(visitor, addresses[i % addresses.Length]);
                var cpu = (service.ProcessorTime - before).TotalMilliseconds;
                Console.WriteLine($"cache {(megabytes == 0 ? "off (as before)" : $"on ({megabytes} MB)"),-16} service cpu {cpu / requests,6:F2} ms a request, "
                    + $"wall {watch.Elapsed.TotalMilliseconds / requests,6:F2} ms, {bytes / requests / 1024} KB a page; resident peak {service.ResidentMb.Peak:F0} MB; load average {RelevanceBenchmark.LoadAverage()}");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<long> GetAsync(HttpClient client, string address)
    {
        var page = await client.GetByteArrayAsync(address);
        return page.Length;
    }

    private static async Task<string> PublishAsync(HttpClient client, string law)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(law));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
        form.Add(file, "file", "luat-nha-van-hoa.txt");
        form.Add(new StringContent("98/2025/QH15"), "number");
        using var answer = await client.PostAsync("/api/documents", form);
        if (answer.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"upload: {(int)answer.StatusCode}");
        await UploadsBenchmark.WaitProcessedAsync(client, 1);
        var id = (await answer.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        using var published = await client.PostAsJsonAsync($"/api/documents/{id}/publish", new { reason = "Công khai" });
        published.EnsureSuccessStatusCode();
        return "98-2025-qh15";
    }
}
