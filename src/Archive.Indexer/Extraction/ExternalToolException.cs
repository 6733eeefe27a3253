namespace Archive.Indexer.Extraction;

/// <summary>
/// An external program (tesseract, pdftoppm, LibreOffice) could not do its work. Thrown by the classes that run
/// them; the extractors turn it into a <see cref="TextStatus.Failed"/> result with a Vietnamese reason.
/// </summary>
public sealed class ExternalToolException(string tool, ExternalToolFailure failure, string detail)
    : Exception($"{tool}: {failure}: {detail}")
{
    /// <summary>The program's name as it was started, e.g. "tesseract".</summary>
    public string Tool { get; } = tool;

    public ExternalToolFailure Failure { get; } = failure;

    /// <summary>What went wrong: the program's own words, or for <see cref="ExternalToolFailure.Refused"/> the clerk's reason.</summary>
    public string Detail { get; } = detail;
}
