using Archive.Indexer.Extraction.Office;

namespace Archive.Indexer.Tests.Office;

/// <summary>
/// One converter (and so one LibreOffice profile, which takes seconds to create) for the whole <see cref="LibreOfficeCollection"/>. Its time limit
/// is far above the product's 120 s: these tests are about what the conversion yields, and on a loaded machine a small
/// file once took longer (A_conversion_past_its_time_limit_is_killed_and_reported tests the limit itself).
/// </summary>
public sealed class SharedConverter : IDisposable
{
    public OfficeDocumentConverter Converter { get; } = new(TimeSpan.FromMinutes(10));

    public void Dispose() => Converter.Dispose();
}
