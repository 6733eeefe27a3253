namespace Archive.Indexer.Extraction;

/// <summary>Private folders under the temp path for the files external programs read and write.</summary>
internal static class TempFolder
{
    public static string Create(string purpose) =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"archive-{purpose}-{Guid.NewGuid():N}")).FullName;

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
