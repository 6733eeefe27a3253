using System.Net;

namespace Archive.Api.Tests.Hosting;

/// <summary>The commands as an operator meets them: help, exit codes, and output that a pipe or a log file can take.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly ServiceDataFolder folder = new("command-line-tests");

    public void Dispose() => folder.Dispose();

    private Dictionary<string, string> Settings() => folder.Settings(("Audit__AnchorFolder", folder.PathOf("audit-anchor")));

    [Fact]
    public async Task Help_names_every_command_and_the_exit_codes_and_ends_with_zero_without_starting_the_service()
    {
        var help = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "--help");

        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "reindex", "add-user", "revoke-user", "verify", "export-site" }) Assert.Contains(command, help.Output);
        Assert.Contains("Mã thoát", help.Output);
        Assert.False(Directory.Exists(folder.PathOf("store")), "help must not open the store");
    }

    [Fact]
    public async Task A_wrong_role_is_a_wrong_use_with_exit_code_two()
    {
        var added = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "add-user", "lan", "thủ-kho");

        Assert.Equal(2, added.ExitCode);
        Assert.Contains("Vai trò 'thủ-kho' không tồn tại", added.Output);
    }

    [Fact]
    public async Task A_user_name_with_a_slash_is_a_wrong_use_of_add_user_as_on_the_users_page()
    {
        var added = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "add-user", "phong/ketoan", "clerk");

        Assert.Equal(2, added.ExitCode);
        Assert.Contains("có ký tự không dùng được (/)", added.Output);
    }

    [Fact]
    public async Task Settings_given_on_the_command_line_beside_a_command_are_read_as_settings_not_taken_for_its_operands()
    {
        var otherStore = folder.PathOf("other-store");

        var added = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "add-user", "lan", "clerk", "--Storage:Local:Root", otherStore);
        var revoked = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "revoke-user", $"--Storage:Local:Root={otherStore}", "lan");
        var revokedInTheDefaultStore = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "revoke-user", "lan");

        Assert.True(added.ExitCode == 0, added.Output);
        Assert.Contains("ak_", added.Output);
        Assert.True(revoked.ExitCode == 0, revoked.Output);
        Assert.NotEqual(0, revokedInTheDefaultStore.ExitCode);
        Assert.NotEmpty(Directory.EnumerateFiles(otherStore, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Verify_into_a_pipe_prints_its_results_without_a_progress_bar_or_control_characters()
    {
        using (var factory = new ArchiveApiFactory(Settings().ToDictionary(s => s.Key.Replace("__", ":"), s => (string?)s.Value)))
        {
            var upload = await factory.CreateClient().UploadTextAsync("Quyết định về việc thành lập Tổ công tác rà soát hồ sơ đất đai xã Kiên Mộc", "quyết định.txt");
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var verified = await ArchiveProcess.RunCommandAsync(folder.Root, Settings(), "verify");

        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.Contains("Tệp gốc: 1/1 nguyên vẹn.", verified.Output);
        Assert.DoesNotContain('\u001b', verified.Output);
        Assert.DoesNotContain(verified.Output.Split('\n'), line => line.TrimStart().StartsWith('['));
    }
    [Fact]
    public async Task A_preset_admin_key_too_short_stops_the_start_in_one_line_with_exit_code_two_and_creates_nothing()
    {
        var settings = Settings();
        settings["ARCHIVE_ADMIN_KEY"] = "mat-khau-ngan";

        var started = await ArchiveProcess.RunCommandAsync(folder.Root, settings, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, started.ExitCode);
        Assert.Contains("ít nhất 16 ký tự", started.Output);
        Assert.DoesNotContain("   at ", started.Output);
        Assert.Empty(Directory.EnumerateFiles(folder.Root, "audit.key", SearchOption.AllDirectories));
    }
}
