using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Archive.Storage;

namespace Archive.Api.Tests.Hosting;

/// <summary>
/// A throw-away Ceph cluster of this test's own (scripts/s3-test-server.sh in a private folder, on free
/// ports), so that its S3 gateway can be stopped and started again without touching the shared server
/// the other tests use. Stopped and removed when disposed.
/// </summary>
public sealed class PrivateS3Cluster : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "archive-private-s3", Guid.NewGuid().ToString("N")[..12]);

    private PrivateS3Cluster()
    {
    }

    public MinioOptions Options { get; private set; } = new();

    public static async Task<PrivateS3Cluster> StartAsync(string bucket)
    {
        var cluster = new PrivateS3Cluster();
        await cluster.RunAsync("start");
        var env = File.ReadAllLines(Path.Combine(cluster.folder, "env"))
            .Select(line => line.Replace("export ", "").Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        cluster.Options = new MinioOptions
        {
            Endpoint = env["ARCHIVE_TEST_S3_ENDPOINT"],
            AccessKey = env["ARCHIVE_TEST_S3_ACCESS_KEY"],
            SecretKey = env["ARCHIVE_TEST_S3_SECRET_KEY"],
            Bucket = bucket,
        };
        return cluster;
    }

    /// <summary>Only the S3 gateway stops: connections are refused as from a stopped server; the data stays.</summary>
    public Task StopGatewayAsync() => RunAsync("stop-gateway");

    public Task StartGatewayAsync() => RunAsync("start-gateway");

    public void Dispose() => RunAsync("stop").GetAwaiter().GetResult();

    private async Task RunAsync(string command)
    {
        var info = new ProcessStartInfo(RepositoryFiles.PathOf("scripts/s3-test-server.sh"), command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ARCHIVE_TEST_S3_DIR"] = folder;
        info.Environment["ARCHIVE_TEST_S3_PORT"] = FreePort().ToString();
        info.Environment["ARCHIVE_TEST_S3_MON_PORT"] = FreePort().ToString();
        info.Environment["ARCHIVE_TEST_S3_MEMORY_MIB"] = "128";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"s3-test-server.sh {command} failed ({process.ExitCode}): {await output}{await errors}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
