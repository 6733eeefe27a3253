using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Archive.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Hosting;

public sealed class SearchWarmUpStartTests
{
    [Fact]
    public async Task A_started_service_warms_its_search_up_in_the_background_without_touching_the_archive()
    {
        using var factory = new ArchiveApiFactory(new Dictionary<string, string?> { ["Index:WarmUpSearch"] = "true" });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.True(await factory.Services.GetRequiredService<SearchWarmUpStart>().Warmed.WaitAsync(TimeSpan.FromMinutes(2)));
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString("giấy phép xây dựng"));
        Assert.Equal(0, answer.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_service_told_not_to_warm_its_search_up_does_not()
    {
        using var factory = new ArchiveApiFactory(new Dictionary<string, string?> { ["Index:WarmUpSearch"] = "false" });
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.False(await factory.Services.GetRequiredService<SearchWarmUpStart>().Warmed.WaitAsync(TimeSpan.FromMinutes(1)));
    }
}
