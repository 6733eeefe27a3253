using System.Diagnostics;
using Archive.Indexer.Extraction.Ocr;
using Archive.Indexer.Extraction.Office;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Api.Hosting.Health;

/// <summary>
/// The outside programs extraction needs: tesseract with Vietnamese data, poppler's pdftoppm and
/// LibreOffice. Without them the service still archives and searches, so a missing tool makes it
/// degraded, not unready. Tools do not come and go while it runs: the answer is kept for a while.
/// </summary>
public sealed class OcrToolsHealthCheck(ScannedDocumentOcr ocr, TimeProvider time) : IHealthCheck
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);
    private (DateTimeOffset At, HealthCheckResult Result)? last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (last is { } kept && time.GetUtcNow() - kept.At < KeptFor) return kept.Result;
        var result = await ProbeAsync(cancellationToken);
        last = (time.GetUtcNow(), result);
        return result;
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken cancellationToken)
    {
        var missing = new List<string>();
        var data = new Dictionary<string, object>();
        foreach (var program in new[] { ocr.Options.TesseractProgram, ocr.Options.PdftoppmProgram, OfficeDocumentConverter.DefaultProgram })
        {
            var path = FindOnPath(program);
            data[program] = path ?? "missing";
            if (path is null) missing.Add(program);
        }
        if (!missing.Contains(ocr.Options.TesseractProgram))
        {
            var languages = await TesseractLanguagesAsync(ocr.Options.TesseractProgram, cancellationToken);
            data["tesseractLanguages"] = string.Join(' ', languages);
            if (!languages.Contains("vie")) missing.Add("tesseract Vietnamese data (vie)");
        }
        return missing.Count == 0
            ? HealthCheckResult.Healthy("OCR and conversion tools are present", data)
            : HealthCheckResult.Degraded($"Missing: {string.Join(", ", missing)}; scans and .doc/.rtf/.odt files wait", data: data);
    }

    private static string? FindOnPath(string program)
    {
        if (Path.IsPathRooted(program)) return File.Exists(program) ? program : null;
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);
    }

    private static async Task<IReadOnlyList<string>> TesseractLanguagesAsync(string program, CancellationToken cancellationToken)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, "--list-langs")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            _ = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            // The first line is a heading ("List of available languages in ... (3):").
            return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToList();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or OperationCanceledException or InvalidOperationException)
        {
            return [];
        }
    }
}
