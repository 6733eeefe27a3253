using Archive.Indexer.Extraction.Office;

namespace Archive.Indexer.Tests.Office;

/// <summary>One converter (and so one LibreOffice profile, which takes seconds to create) for the whole class.</summary>
public sealed class SharedConverter : IDisposable
{
    public OfficeDocumentConverter Converter { get; } = new();

    public void Dispose() => Converter.Dispose();
}
