using System.Net;

namespace Archive.Api.Tests.Hosting;

/// <summary>The commands as an operator meets them: help, exit codes, and output that a pipe or a log file can take.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string data = Path.Combine(Path.GetTempPath(), "archive-command-line-tests", Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(data);

    public void Dispose()
    {
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    private Dictionary<string, string> Settings() => new()
    {
        ["Storage__Local__Root"] = Path.Combine(data, "store"),
        ["Index__Path"] = Path.Combine(data, "index"),
        ["Audit__AnchorFolder"] = Path.Combine(data, "audit-anchor"),
    };

    [Fact]
    public async Task Help_names_every_command_and_the_exit_codes_and_ends_with_zero_without_starting_the_service()
    {
        var help = await ArchiveProcess.RunCommandAsync(data, Settings(), "--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "reindex", "add-user", "revoke-user", "verify", "export-site" }) Assert.Contains(command, help.Output);
        Assert.Contains("Mã thoát", help.Output);
        Assert.False(Directory.Exists(Path.Combine(data, "store")), "help must not open the store");
    }

    [Fact]
    public async Task A_wrong_role_is_a_wrong_use_with_exit_code_two()
    {
        var added = await ArchiveProcess.RunCommandAsync(data, Settings(), "add-user", "lan", "thủ-kho");

        Assert.Equal(2, added.ExitCode);
        Assert.Contains("Vai trò 'thủ-kho' không tồn tại", added.Output);
    }

    [Fact]
    public async Task Verify_into_a_pipe_prints_its_results_without_a_progress_bar_or_control_characters()
    {
        using (var factory = new ArchiveApiFactory(Settings().ToDictionary(s => s.Key.Replace("__", ":"), s => (string?)s.Value)))
        {
            var upload = await factory.CreateClient().UploadTextAsync("Quyết định về việc thành lập Tổ công tác rà soát hồ sơ đất đai xã Kiên Mộc", "quyết định.txt");
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var verified = await ArchiveProcess.RunCommandAsync(data, Settings(), "verify");

        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.Contains("Tệp gốc: 1/1 nguyên vẹn.", verified.Output);
        Assert.DoesNotContain('\u001b', verified.Output);
        Assert.DoesNotContain(verified.Output.Split('\n'), line => line.TrimStart().StartsWith('['));
    }
}
