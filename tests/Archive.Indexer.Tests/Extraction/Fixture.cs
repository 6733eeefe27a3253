namespace Archive.Indexer.Tests.Extraction;

/// <summary>The files under Fixtures/ (made by Fixtures/make-fixtures.sh), copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static MemoryStream Open(string name) => new(File.ReadAllBytes(PathOf(name)), writable: false);
}
