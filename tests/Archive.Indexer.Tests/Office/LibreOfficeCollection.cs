namespace Archive.Indexer.Tests.Office;

/// <summary>
/// The test classes that run LibreOffice, as one collection: its conversions go one at a time across the process
/// anyway (<see cref="Archive.Indexer.Extraction.Office.OfficeDocumentConverter"/>), so classes run side by side only
/// held a second test thread waiting on the first one's conversion while the OCR and search tests queued; one
/// converter (one profile) serves them all.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LibreOfficeCollection : ICollectionFixture<SharedConverter>
{
    public const string Name = "LibreOffice";
}
