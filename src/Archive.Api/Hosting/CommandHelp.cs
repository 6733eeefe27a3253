namespace Archive.Api.Hosting;

/// <summary>
/// What the commands are and how they end: one text for <c>--help</c> and for a wrong use. Exit codes:
/// 0 done, 1 done but something was found wrong or refused (a changed original, a broken audit chain,
/// the index held by a running service), 2 wrong use.
/// </summary>
public static class CommandHelp
{
    public const int Done = 0;
    public const int Refused = 1;
    public const int WrongUse = 2;

    public const string Text = """
        Archive — kho lưu trữ văn bản.

        Cách dùng:
          Archive.Api [--urls http://…]              chạy dịch vụ (mặc định http://localhost:5080)
          Archive.Api reindex                         dựng lại chỉ mục từ kho lưu trữ (dừng dịch vụ trước)
          Archive.Api add-user TÊN VAI-TRÒ            thêm người dùng, in khóa truy cập một lần
          Archive.Api revoke-user TÊN                 thu hồi khóa của người dùng
          Archive.Api verify                          kiểm tra mọi tệp gốc (SHA-256) và chuỗi nhật ký
          Archive.Api export-site THƯ-MỤC [ĐỊA-CHỈ]   xuất trang công khai thành tệp tĩnh
          Archive.Api --help                          hiện hướng dẫn này

        Vai trò: admin, clerk, official, auditor, publisher.
        Mã thoát: 0 xong; 1 xong nhưng phát hiện sai lệch hoặc bị từ chối; 2 dùng sai lệnh.
        Thiết lập: như dịch vụ (appsettings.json, biến môi trường Section__Key, --Section:Key=giá-trị).
        """;

    private static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?";

    /// <summary>
    /// The command and its operands without the settings given beside them (<c>--Section:Key=value</c> or
    /// <c>--Section:Key value</c>, which the configuration reads), so <c>add-user lan clerk --contentRoot X</c>
    /// is <c>add-user lan clerk</c>. A lone <c>/…</c> stays an operand: it is a folder here (export-site).
    /// </summary>
    public static string[] Words(string[] args)
    {
        var words = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || IsHelp(args[i])) words.Add(args[i]);
            else if (!args[i].Contains('=')) i++;
        }
        return [.. words];
    }

    /// <summary>Asked for help: "--help" (or "-h") anywhere, or "help" as the command.</summary>
    public static bool IsAsked(string[] args) => args is ["help", ..] || args.Any(IsHelp);

    /// <summary>Prints the help to stdout, exit code 0.</summary>
    public static void Show()
    {
        Console.Out.WriteLine(Text);
        Environment.ExitCode = Done;
    }
}
