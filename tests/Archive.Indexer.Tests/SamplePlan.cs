namespace Archive.Indexer.Tests;

/// <summary>The real district plan of ../shared/samples, kept once under Fixtures/ for every test that reads it.</summary>
internal static class SamplePlan
{
    public const string FileName = "ke-hoach-dan-chu-co-so-dinh-lap-2025.txt";

    public static string Text() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", FileName));

    /// <summary>The first non-blank lines of the plan.</summary>
    public static IReadOnlyList<string> FirstLines(int count) =>
        Text().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).Take(count).ToList();
}
