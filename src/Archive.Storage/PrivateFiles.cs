namespace Archive.Storage;

/// <summary>
/// Folders (0700) and files (0600) only the service's own user can open: copies of originals waiting for a
/// tool, the audit key, entries the store could not take yet. The system temp folder is readable by every
/// local user; these are not.
/// </summary>
public static class PrivateFiles
{
    private const UnixFileMode OwnerFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates <paramref name="path"/> (and its parents) when missing and makes it owner-only; returns its full path.</summary>
    public static string Folder(string path)
    {
        path = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return path;
        }
        Directory.CreateDirectory(path, OwnerFolder);
        File.SetUnixFileMode(path, OwnerFolder); // an existing folder may have been created wider
        return path;
    }

    /// <summary>Opens a new owner-only file for writing; fails when it exists.</summary>
    public static FileStream CreateNew(string path, FileOptions options = FileOptions.None)
    {
        var settings = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, Options = options };
        if (!OperatingSystem.IsWindows()) settings.UnixCreateMode = OwnerFile;
        return new FileStream(path, settings);
    }

    /// <summary>Opens an owner-only file for appending, creating it when missing.</summary>
    public static FileStream Append(string path)
    {
        var settings = new FileStreamOptions { Mode = FileMode.Append, Access = FileAccess.Write, Share = FileShare.ReadWrite };
        if (!OperatingSystem.IsWindows()) settings.UnixCreateMode = OwnerFile;
        return new FileStream(path, settings);
    }
}
