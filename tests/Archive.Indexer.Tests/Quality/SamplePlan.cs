namespace Archive.Indexer.Tests.Quality;

/// <summary>The real district plan kept next to these tests, found from the repository root.</summary>
internal static class SamplePlan
{
    private const string RelativePath = "tests/Archive.Indexer.Tests/Quality/Samples/ke-hoach-dan-chu-co-so-dinh-lap-2025.txt";

    public static string Text() => File.ReadAllText(Path.Combine(RepositoryRoot(), RelativePath));

    /// <summary>The first non-blank lines of the plan.</summary>
    public static IReadOnlyList<string> FirstLines(int count) =>
        Text().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).Take(count).ToList();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln"))) return dir.FullName;
        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}
