namespace Archive.Indexer.Extraction;

/// <summary>Private (owner-only) folders under the temp path for the files external programs read and write.</summary>
internal static class TempFolder
{
    public static string Create(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"archive-{purpose}-{Guid.NewGuid():N}");
        // They hold copies and renderings of documents: other local users must not read them.
        return (OperatingSystem.IsWindows()
            ? Directory.CreateDirectory(path)
            : Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute)).FullName;
    }

    public static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A killed process may hold a file for a moment; the OS cleans its temp folder in the end.
        }
    }
}
