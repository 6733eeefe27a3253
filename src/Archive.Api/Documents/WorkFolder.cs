using Archive.Storage;

namespace Archive.Api.Documents;

/// <summary>
/// The private folder (0700) under the data folder where copies of originals wait for the tools that want a
/// path (PdfPig page by page, pdftoppm, tesseract): never the system temp folder, which every local user can
/// read. Emptied at start, because whatever is in it belongs to a process that was killed.
/// </summary>
/// <remarks>One service owns one data folder (the index lock sees to that), so emptying it at start touches nobody's work.</remarks>
public sealed class WorkFolder
{
    public WorkFolder(string path)
    {
        Path = PrivateFiles.Folder(path);
        foreach (var leftover in Directory.EnumerateFileSystemEntries(Path))
        {
            if (Directory.Exists(leftover)) Directory.Delete(leftover, recursive: true);
            else File.Delete(leftover);
        }
    }

    public string Path { get; }

    /// <summary>A path for a new file in the folder, unique to this call.</summary>
    public string NewFile(string name) => System.IO.Path.Combine(Path, $"{name}-{Guid.NewGuid():N}");

    /// <summary>A new private file that is deleted when it is closed: a package spooled on its way in or out.</summary>
    public FileStream NewSpool(string name) =>
        new(NewFile(name), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
