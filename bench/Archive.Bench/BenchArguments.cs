namespace Archive.Bench;

/// <summary>What the benchmarks read from their command line, and where the real data is.</summary>
internal static class BenchArguments
{
    public static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary>The worktree sits beside ../shared (see the README); the data's own folder holds citations/ and legal-corpus/.</summary>
    public static string FindData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(Path.Combine(candidate, "citations"))) return candidate;
        }
        throw new DirectoryNotFoundException("../shared/data was not found; pass --data DIR.");
    }
}
