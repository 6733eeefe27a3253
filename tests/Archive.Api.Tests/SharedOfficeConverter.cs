using Archive.Indexer.Extraction.Office;

namespace Archive.Api.Tests;

/// <summary>
/// One LibreOffice converter for every in-memory host of the test process (<see cref="ArchiveApiFactory"/>): one
/// profile, created by the first conversion and warm for the others, instead of a new one per host; conversions go one at
/// a time across the process anyway. Its time limit is far above the product's 120 s: these tests are about what a
/// conversion yields, and on a loaded machine a small file took longer (the limit itself is tested in the indexer's
/// OfficeTextExtractorTests). The profile is removed when the test process ends.
/// </summary>
public static class SharedOfficeConverter
{
    public static OfficeDocumentConverter Instance { get; } = Create();

    private static OfficeDocumentConverter Create()
    {
        var converter = new OfficeDocumentConverter(TimeSpan.FromMinutes(10));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => converter.Dispose();
        return converter;
    }
}
