using System.ComponentModel;
using System.Diagnostics;

namespace Archive.Indexer.Extraction;

/// <summary>
/// Runs a command-line tool to its end or to its time limit, whichever comes first, and kills its whole process
/// tree when the limit or the caller's cancellation comes first (LibreOffice's "soffice" is a script that starts
/// soffice.bin, which would otherwise survive).
/// </summary>
internal static class ExternalProgram
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <exception cref="ExternalToolException">Missing or timed out; a non-zero exit is returned, not thrown.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled.</exception>
    public static async Task<Result> RunAsync(
        string program,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        CancellationToken cancellation,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new ExternalToolException(program, ExternalToolFailure.Missing, e.Message);
        }
        process.StandardInput.Close();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { /* already gone */ }
            await process.WaitForExitAsync(CancellationToken.None);
            cancellation.ThrowIfCancellationRequested();
            throw new ExternalToolException(program, ExternalToolFailure.TimedOut, $"killed after {timeout.TotalSeconds:0} s");
        }
        return new Result(process.ExitCode, await output, await errors);
    }
}
