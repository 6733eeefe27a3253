using System.Net;
using System.Text;
using Archive.Api.Tests.Hosting;
using Archive.Storage.Tests;

namespace Archive.Api.Tests.Ingest;

/// <summary>
/// The S3 server stops for 20 s while documents are being uploaded and read (for this test's service only, through a
/// <see cref="TcpRelay"/>), then comes back: every document whose upload was answered 201 ends read, with no restart.
/// </summary>
public sealed class StoreOutageDuringUploadsTests : ServiceBehindRelay
{
    public StoreOutageDuringUploadsTests() : base("archive-queue-outage")
    {
    }

    [Fact]
    public async Task Every_document_answered_201_around_a_20_second_outage_ends_ok_once_the_store_is_back()
    {
        var client = factory.CreateClient();
        var answered = new List<string>();
        async Task UploadAsync(int i)
        {
            var text = $"Báo cáo số {i}/BC-UBND về tiến độ giải ngân vốn đầu tư công của xã Tân Văn, đợt {i}, mã {Guid.NewGuid():N}";
            var response = await client.PostFileAsync(Encoding.UTF8.GetBytes(text), $"báo cáo {i}.txt");
            if (response.StatusCode == HttpStatusCode.Created) answered.Add((await response.JsonAsync()).GetProperty("id").GetString()!);
            else Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        // Answered and still being read when the store goes away.
        for (var i = 1; i <= 6; i++) await UploadAsync(i);
        relay.Stop();
        for (var i = 7; i <= 9; i++) await UploadAsync(i);
        await Task.Delay(TimeSpan.FromSeconds(20));
        relay.Start();
        for (var i = 10; i <= 12; i++) await UploadAsync(i);

        Assert.True(answered.Count >= 9, $"{answered.Count} uploads answered 201");
        foreach (var id in answered)
        {
            var record = await client.WaitUntilDoneAsync(id);
            Assert.Equal("ok", record.GetProperty("textStatus").GetString());
        }
        Assert.Equal(answered.Count, (await client.GetJsonAsync("/api/search?q=giai+ngan+von+dau+tu+cong+tan+van&pageSize=50")).HitIds().Intersect(answered).Count());
    }
}
