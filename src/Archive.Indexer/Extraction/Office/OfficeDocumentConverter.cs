namespace Archive.Indexer.Extraction.Office;

/// <summary>
/// Converts Word 97 (.doc), RTF and OpenDocument (.odt) files to DOCX with LibreOffice in headless mode, so that
/// <see cref="DocxTextExtractor"/> reads every word-processor format the same way; and word-processor files to PDF,
/// so that people can see them as laid out.
/// </summary>
/// <remarks>
/// LibreOffice keeps a user profile that two running instances corrupt, so conversions go one at a time across the
/// whole process, and each converter has a profile folder of its own in the temp folder (kept between conversions
/// because creating one costs seconds; removed on <see cref="Dispose"/>). The original is copied into a private temp
/// folder and never touched; that folder is removed after each conversion, whatever happens. A ZIP package (DOCX,
/// ODT, XLSX, ODS) past <see cref="PackageBudget"/> is refused before LibreOffice starts: a 1 MB bomb would keep it
/// busy for minutes and gigabytes, and every other conversion waiting.
/// </remarks>
public sealed class OfficeDocumentConverter : IDisposable
{
    /// <summary>The program the tests and scripts/install-ocr-tools.sh expect on the PATH.</summary>
    public const string DefaultProgram = "soffice";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private readonly string _program;
    private readonly string _profile = Path.Combine(Path.GetTempPath(), $"archive-soffice-profile-{Guid.NewGuid():N}");

    /// <param name="timeout">How long one conversion may take; 120 s when null. Waiting for the previous one is not counted.</param>
    /// <param name="program">The LibreOffice launcher.</param>
    public OfficeDocumentConverter(TimeSpan? timeout = null, string program = DefaultProgram)
    {
        Timeout = timeout ?? TimeSpan.FromSeconds(120);
        _program = program;
    }

    public TimeSpan Timeout { get; }

    /// <summary>The DOCX bytes of <paramref name="source"/> (read from its current position, not disposed).</summary>
    /// <param name="extension">".doc", ".rtf" or ".odt": LibreOffice picks its import filter by it.</param>
    /// <exception cref="ExternalToolException">LibreOffice is missing, timed out, or could not read the file.</exception>
    public Task<byte[]> ConvertToDocxAsync(Stream source, string extension, CancellationToken cancellation = default) =>
        ConvertAsync(source, extension, "docx:MS Word 2007 XML", ".docx", cancellation);

    /// <summary>An Excel workbook (.xlsx) converted from <paramref name="source"/> (.xls or .ods), fonts kept, by LibreOffice Calc.</summary>
    /// <exception cref="ExternalToolException">LibreOffice is missing, timed out, or could not read the file.</exception>
    public Task<byte[]> ConvertToXlsxAsync(Stream source, string extension, CancellationToken cancellation = default) =>
        ConvertAsync(source, extension, "xlsx:Calc MS Excel 2007 XML", ".xlsx", cancellation);

    /// <summary>
    /// A PDF rendition of <paramref name="source"/> (DOCX, DOC, RTF or ODT), for people to look at the document as
    /// laid out, in the browser's own PDF viewer.
    /// </summary>
    /// <exception cref="ExternalToolException">LibreOffice is missing, timed out, or could not read the file.</exception>
    public Task<byte[]> ConvertToPdfAsync(Stream source, string extension, CancellationToken cancellation = default) =>
        ConvertAsync(source, extension, "pdf:writer_pdf_Export", ".pdf", cancellation);

    private async Task<byte[]> ConvertAsync(Stream source, string extension, string filter, string outputExtension, CancellationToken cancellation)
    {
        var work = TempFolder.Create("convert");
        try
        {
            var input = Path.Combine(work, "document" + extension);
            await using (var copy = File.Create(input))
            {
                await source.CopyToAsync(copy, cancellation);
                if (PackageBudget.ExceededIfZip(copy) is { } reason) throw new ExternalToolException(_program, ExternalToolFailure.Refused, reason);
            }
            var output = Path.Combine(work, "out");

            await OneAtATime.WaitAsync(cancellation);
            ExternalProgram.Result result;
            try
            {
                result = await ExternalProgram.RunAsync(
                    _program,
                    [
                        "--headless", "--norestore", "--nolockcheck", "--nologo", "--nodefault",
                        $"-env:UserInstallation={new Uri(_profile).AbsoluteUri}",
                        "--convert-to", filter, "--outdir", output, input,
                    ],
                    Timeout,
                    cancellation);
            }
            finally
            {
                OneAtATime.Release();
            }

            var converted = Path.Combine(output, "document" + outputExtension);
            // soffice exits 0 even when it could not load the file; the missing output is the only sign.
            if (!File.Exists(converted))
                throw new ExternalToolException(_program, ExternalToolFailure.Failed, $"exit {result.ExitCode}: {result.Errors.Trim()}");
            return await File.ReadAllBytesAsync(converted, cancellation);
        }
        finally
        {
            TempFolder.Delete(work);
        }
    }

    public void Dispose() => TempFolder.Delete(_profile);
}
