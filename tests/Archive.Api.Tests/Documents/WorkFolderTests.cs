using System.Runtime.Versioning;
using System.Text;
using Archive.Api.Documents;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests.Documents;

/// <summary>Copies of originals for the tools live in a private folder under the data folder, never in the shared temp folder.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class WorkFolderTests : IDisposable
{
    private readonly ArchiveApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public void Copies_left_behind_by_a_killed_service_are_removed_at_start_and_the_folder_is_private()
    {
        var folder = Path.Combine(factory.DataFolder, "work");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "original-3f2a9c-left-by-kill-9"), "Biên bản họp kín");
        File.SetUnixFileMode(folder, OwnerOnlyFolder | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        _ = factory.CreateClient(); // starts the service

        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(folder));
    }

    [Fact]
    public async Task A_temporary_copy_of_an_original_is_owner_only_inside_the_work_folder_and_gone_when_done()
    {
        _ = factory.CreateClient();
        var store = factory.Services.GetRequiredService<IObjectStore>();
        var work = factory.Services.GetRequiredService<WorkFolder>();
        await store.PutAsync(StoreLayout.Original("0123456789abcdef0123"), new MemoryStream(Encoding.UTF8.GetBytes("Tờ trình xin ý kiến về dự thảo quy chế")), "text/plain");

        string path;
        using (var copy = await TemporaryOriginal.DownloadAsync(store, work, new DocumentRecord
        {
            Id = "0123456789abcdef0123", Sha256 = "", FileName = "tờ trình.txt", ContentType = "text/plain", Size = 0, Title = "Tờ trình",
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None))
        {
            path = copy!.Path;
            Assert.StartsWith(work.Path + Path.DirectorySeparatorChar, path);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal("Tờ trình xin ý kiến về dự thảo quy chế", File.ReadAllText(path));
        }
        Assert.False(File.Exists(path));
    }
}
