namespace Archive.Api.Documents;

/// <summary>
/// A correction refused because the record is no longer the one the client read (its <see cref="RecordTag"/> is not
/// among those of <see cref="MetadataCorrection.IfMatch"/>); nothing was saved. <see cref="Current"/> is the record now.
/// </summary>
public sealed class RecordChangedException(DocumentRecord current)
    : InvalidOperationException($"The record {current.Id} changed since the client read it.")
{
    public DocumentRecord Current { get; } = current;
}
