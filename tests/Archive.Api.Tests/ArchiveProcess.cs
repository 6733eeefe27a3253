using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Archive.Api.Tests;

/// <summary>
/// The real service as a child process (dotnet Archive.Api.dll) on a free loopback port, for tests
/// that must kill it for real. Settings go in as environment variables, as an operator would set them.
/// </summary>
public sealed class ArchiveProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder output = new();

    private ArchiveProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = ArchiveApiFactory.RequestTimeout };
        Client.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
    }

    /// <summary>The first admin's key the child process is started with (ARCHIVE_ADMIN_KEY); <see cref="Client"/> sends it.</summary>
    public const string AdminKey = "ak_child-process-admin-key-0123456789";

    public Uri Address { get; }
    public bool HasExited => process.HasExited;
    public int Id => process.Id;
    public HttpClient Client { get; }
    public string Output { get { lock (output) return output.ToString(); } }

    public static async Task<ArchiveProcess> StartAsync(string dataFolder, IDictionary<string, string> environment, params string[] args)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(ApiAssembly());
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // A command reads its own arguments exactly (revoke-user NAME); only a serving process needs an address.
        if (args.Length == 0)
        {
            info.ArgumentList.Add("--urls");
            info.ArgumentList.Add($"http://127.0.0.1:{port}");
        }
        info.Environment["ARCHIVE_ADMIN_KEY"] = AdminKey;
        // Tiered JIT for the child, unlike the shipped runtimeconfig (TieredCompilation off, for a service that runs for
        // days): a test's process lives seconds to a minute, and compiling every method fully optimized up front cost
        // it more processor time than it ever got back. How fast the service runs is measured in bench/, not here.
        info.Environment["DOTNET_TieredCompilation"] = "1";
        foreach (var (key, value) in environment) info.Environment[key] = value;

        var process = Process.Start(info)!;
        var server = new ArchiveProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (args.Length == 0)
        {
            // A service that never became healthy must not outlive the failed test.
            try { await server.WaitUntilHealthyAsync(); }
            catch { server.Dispose(); throw; }
        }
        return server;
    }

    /// <summary>Runs the service with a command (e.g. "reindex") to its end and returns its exit code.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(string dataFolder, IDictionary<string, string> environment, params string[] command)
    {
        using var run = await StartAsync(dataFolder, environment, command);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5)); // a cap for a hung command, not a speed check
        await run.process.WaitForExitAsync(timeout.Token);
        return (run.process.ExitCode, run.Output);
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
        if (killOn is { } matches && matches(line) && Interlocked.Exchange(ref killOn, null) is not null)
        {
            process.Kill(entireProcessTree: true);
            killedOn = line;
        }
    }

    private Func<string, bool>? killOn;
    private volatile string? killedOn;

    /// <summary>
    /// SIGKILL as soon as the process writes a line <paramref name="matches"/> accepts, from the reader of its output:
    /// no polling between the line and the kill, so a job that starts and ends within a poll is still killed mid-run.
    /// </summary>
    public void KillHardOnLine(Func<string, bool> matches) => killOn = matches;

    /// <summary>The line that triggered <see cref="KillHardOnLine"/>, once it has.</summary>
    public string? KilledOn => killedOn;

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120); // a loaded machine can take long to start .NET
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The service exited with {process.ExitCode}:\n{Output}");
            try
            {
                if ((await Client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The service did not answer /healthz within 120 s:\n{Output}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flush, no final commit.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited) KillHard();
        Client.Dispose();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ApiAssembly()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "Archive.Api.dll");
        if (File.Exists(Path.ChangeExtension(here, ".runtimeconfig.json"))) return here;
        throw new FileNotFoundException($"Archive.Api.dll with its runtimeconfig was not found next to the tests ({AppContext.BaseDirectory}).");
    }
}
