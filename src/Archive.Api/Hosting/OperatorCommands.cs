using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Integrity;
using Archive.Api.Web;
using Archive.Api.Web.Export;
using Spectre.Console;

namespace Archive.Api.Hosting;

/// <summary>
/// Commands an operator runs on the server beside a running service: they read and add to the store but
/// never open the index, which belongs to the service (<see cref="Archive.Indexer.Index.IndexInUseException"/>):
/// <c>add-user NAME ROLE</c> prints a new key; <c>revoke-user NAME</c> revokes their key (a running service
/// notices within <see cref="UserDirectory.RefreshInterval"/>; DELETE /api/users/NAME acts at once); <c>verify</c> checks every original and the audit chain;
/// <c>export-site FOLDER [BASE-URL]</c> writes the public site as static files.
/// </summary>
public static class OperatorCommands
{
    public static async Task<bool> RunOperatorCommandAsync(this WebApplication app, string[] args)
    {
        var words = CommandHelp.Words(args);
        if (words is not ([ "add-user", ..] or ["revoke-user", ..] or ["verify", ..] or ["export-site", ..])) return false;
        var services = app.Services;
        await services.GetRequiredService<StoredRecords>().LoadAsync(CancellationToken.None);
        await services.GetRequiredService<AccessStartup>().PrepareAsync(CancellationToken.None);
        Environment.ExitCode = words switch
        {
            ["add-user", var name, var role] => await AddUserAsync(services, name, role),
            ["revoke-user", var name] => await RevokeUserAsync(services, name),
            ["verify"] => await VerifyAsync(services),
            ["export-site", var folder] => await ExportSiteAsync(services, folder, services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SiteOptions>>().Value.BaseUrl),
            ["export-site", var folder, var baseUrl] => await ExportSiteAsync(services, folder, baseUrl),
            _ => Usage(),
        };
        // What the command appended is anchored at once (the running service anchors its own entries).
        await services.GetRequiredService<AuditTrail>().CheckpointAsync();
        await app.DisposeAsync();
        return true;
    }

    private static async Task<int> AddUserAsync(IServiceProvider services, string name, string role)
    {
        if (!ArchiveRoles.IsKnown(role))
        {
            Console.Error.WriteLine($"Vai trò '{role}' không tồn tại. Các vai trò: {string.Join(", ", ArchiveRoles.All)}.");
            return CommandHelp.WrongUse;
        }
        if (UserNames.Problem(name) is { } wrong)
        {
            Console.Error.WriteLine(wrong);
            return CommandHelp.WrongUse;
        }
        string key;
        try
        {
            key = await services.GetRequiredService<UserDirectory>().AddAsync(name, role, null, CancellationToken.None);
        }
        catch (UserRefusedException e)
        {
            Console.Error.WriteLine(e.Reason);
            return CommandHelp.WrongUse;
        }
        name = UserNames.Canonical(name);
        await services.GetRequiredService<AuditTrail>().AppendAsync(AuditActor.Console(Environment.UserName), AuditActions.UserAdded, null, $"{name} ({role})");
        Console.WriteLine($"Đã thêm người dùng '{name}' với vai trò {role} ({ArchiveRoles.Label(role)}). Khóa truy cập (chỉ hiện một lần):");
        Console.WriteLine(key);
        return 0;
    }

    private static async Task<int> RevokeUserAsync(IServiceProvider services, string name)
    {
        var outcome = await services.GetRequiredService<UserDirectory>().RevokeAsync(name, AuditActor.Console(Environment.UserName), CancellationToken.None);
        var message = Apis.UsersApi.Describe(outcome, name);
        if (outcome is UserRevocation.Revoked or UserRevocation.AlreadyRevoked) Console.WriteLine(message);
        else Console.Error.WriteLine(message);
        return outcome is UserRevocation.Revoked or UserRevocation.AlreadyRevoked ? 0 : 1;
    }

    private static async Task<int> VerifyAsync(IServiceProvider services)
    {
        var integrity = services.GetRequiredService<DocumentIntegrity>();
        Console.WriteLine("Kiểm tra tệp gốc trong kho lưu trữ…");
        var checks = await WithProgressAsync("Tệp gốc", report => integrity.CheckAllAsync(report, CancellationToken.None));
        var bad = checks.Where(c => c.Status != IntegrityCheck.Ok).ToList();
        foreach (var check in bad)
            Console.WriteLine(check.Status == IntegrityCheck.Missing
                ? $"THIẾU   {check.DocumentId}: tệp gốc không còn trong kho"
                : $"SAI LỆCH {check.DocumentId}: SHA-256 {check.ActualSha256} khác bản ghi {check.ExpectedSha256}");
        Console.WriteLine($"Tệp gốc: {checks.Count - bad.Count}/{checks.Count} nguyên vẹn.");

        var chain = await services.GetRequiredService<AuditTrail>().VerifyAsync();
        Console.WriteLine(chain.Ok
            ? $"Nhật ký: {chain.Entries} mục, chuỗi niêm phong nguyên vẹn; mốc neo ngoài kho xác nhận đến mục {chain.AnchoredThrough} ({chain.Checkpoints} mốc)."
            : chain.FirstBrokenSequence is { } broken
                ? $"Nhật ký: chuỗi bị phá vỡ tại mục {broken} ({chain.Finding}): {chain.Problem}"
                : $"Nhật ký: mốc neo không hợp lệ ({chain.Finding}): {chain.Problem}");
        return bad.Count == 0 && chain.Ok ? CommandHelp.Done : CommandHelp.Refused;
    }

    /// <summary>
    /// A progress bar (Spectre.Console) while <paramref name="work"/> reports (done, total), only on a terminal:
    /// piped or redirected output gets no progress lines and no control characters, only the results.
    /// </summary>
    private static async Task<T> WithProgressAsync<T>(string label, Func<Action<int, int>, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive) return await work((_, _) => { });
        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: 1);
                var result = await work((done, total) =>
                {
                    task.MaxValue = Math.Max(1, total);
                    task.Value = done;
                });
                task.Value = task.MaxValue;
                return result;
            });
    }

    private static async Task<int> ExportSiteAsync(IServiceProvider services, string folder, string baseUrl)
    {
        var count = await services.GetRequiredService<StaticSiteExport>().WriteAsync(Path.GetFullPath(folder), baseUrl, CancellationToken.None);
        Console.WriteLine($"Đã xuất trang công khai ({count} văn bản đã công bố) vào {Path.GetFullPath(folder)}.");
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine(CommandHelp.Text);
        return CommandHelp.WrongUse;
    }
}
