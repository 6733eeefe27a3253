namespace Archive.Bench;

/// <summary>What the benchmarks read from their command line, and where the real data is.</summary>
internal static class BenchArguments
{
    public static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    /// <summary><c>--env KEY=VALUE</c>, repeatable: the service's environment, e.g. <c>DOTNET_gcServer=0</c> to weigh the runtime's settings.</summary>
    public static Dictionary<string, string> Environment(string[] args) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == "--env" && p.i + 1 < args.Length)
            .Select(p => args[p.i + 1].Split('=', 2)).ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");

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
