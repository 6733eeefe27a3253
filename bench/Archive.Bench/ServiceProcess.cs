using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Archive.Bench;

/// <summary>The service (Archive.Api.dll) as a child process on a free port, from a fresh working folder (its local store and index), signed in as its administrator.</summary>
internal sealed class ServiceProcess : IDisposable
{
    private const string AdminKey = "ak_uploads-benchmark-admin-key-0123456789";

    private readonly Process process;

    private ServiceProcess(Process process, HttpClient client, int workers)
    {
        this.process = process;
        Client = client;
        Workers = workers;
    }

    public HttpClient Client { get; }
    public int Workers { get; }

    /// <summary>User and system time of the service process so far (Linux: /proc/PID/stat, in clock ticks of 10 ms).</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var fields = File.ReadAllText($"/proc/{process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // After the command name: state is field 0, utime 11, stime 12.
            return TimeSpan.FromMilliseconds(10.0 * (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)));
        }
    }

    /// <summary>The service's resident memory now and at its peak, in MB (Linux: VmRSS and VmHWM of /proc/PID/status).</summary>
    public (double Now, double Peak) ResidentMb
    {
        get
        {
            var status = File.ReadAllLines($"/proc/{process.Id}/status");
            double Kb(string key) => status.FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal)) is { } line
                ? double.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1000 : double.NaN;
            return (Kb("VmRSS:"), Kb("VmHWM:"));
        }
    }

    public static async Task<ServiceProcess> StartAsync(string folder, IDictionary<string, string> environment, string binaries)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(binaries, "Archive.Api.dll"), "--urls", $"http://127.0.0.1:{port}", "--contentRoot", binaries })
            info.ArgumentList.Add(arg);
        info.Environment["ARCHIVE_ADMIN_KEY"] = AdminKey;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) Console.Error.WriteLine("service: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        var started = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"The service exited at start ({process.ExitCode}).");
            try
            {
                if ((await client.GetAsync("/healthz")).IsSuccessStatusCode) break;
            }
            catch (HttpRequestException) { }
            if (started.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("The service did not start within 2 minutes.");
            await Task.Delay(100);
        }
        var workers = environment.TryGetValue("Ingest__Workers", out var w) ? int.Parse(w, CultureInfo.InvariantCulture) : new Archive.Api.Ingest.IngestOptions().Workers;
        return new ServiceProcess(process, client, workers);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        Client.Dispose();
        process.Dispose();
    }
}
