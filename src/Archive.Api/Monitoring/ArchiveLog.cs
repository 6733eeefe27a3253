namespace Archive.Api.Monitoring;

/// <summary>
/// The log events operators and log tools look for, each with the document's id as a field of its own
/// (<c>DocumentId</c>): what was recorded in the audit trail (uploads, corrections, publications…), each
/// extraction's result, and failures. Messages are English, as every log message of the service.
/// </summary>
public static partial class ArchiveLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information,
        Message = "Document {DocumentId}: {Action} by {User} (audit entry)")]
    public static partial void Audited(ILogger logger, string documentId, string action, string user);

    /// <summary>An audit entry about the archive rather than one document (a user added, a sign-in).</summary>
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Archive: {Action} by {User} (audit entry)")]
    public static partial void AuditedArchive(ILogger logger, string action, string user);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information,
        Message = "Document {DocumentId}: text {TextStatus} from {TextSource}, {Characters} characters, {Pages} pages")]
    public static partial void TextExtracted(ILogger logger, string documentId, string textStatus, string? textSource, int characters, int? pages);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning,
        Message = "Document {DocumentId}: text extraction failed: {Reason}")]
    public static partial void ExtractionFailed(ILogger logger, string documentId, string? reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information,
        Message = "Document {DocumentId}: waiting for OCR of {Pages} pages")]
    public static partial void WaitingForOcr(ILogger logger, string documentId, int pages);
}
