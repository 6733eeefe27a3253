using System.Diagnostics;
using System.Text;

namespace Archive.Bench;

/// <summary>Poppler's pdftotext run as a process, as a server would run it: the reference the PDF benchmarks compare with.</summary>
internal static class Pdftotext
{
    /// <summary>The whole text of <paramref name="file"/> (pages separated by form feeds), NFC.</summary>
    public static async Task<string> RunAsync(string file, bool layout = false)
    {
        var arguments = new List<string> { "-enc", "UTF-8", "-q" };
        if (layout) arguments.Add("-layout");
        arguments.AddRange([file, "-"]);
        var start = new ProcessStartInfo("pdftotext", arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (await output).Normalize(NormalizationForm.FormC);
    }
}
