namespace Archive.Api.Tests;

/// <summary>Files of the repository itself (scripts, Dockerfile, README), found above the test binaries.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Archive.sln"))) return folder.FullName;
        throw new DirectoryNotFoundException($"No Archive.sln above {AppContext.BaseDirectory}");
    }
}
