namespace Archive.Api.Access;

/// <summary>The roles a user of the archive can have; one role per user, admin can do everything.</summary>
public static class ArchiveRoles
{
    public const string Admin = "admin";
    /// <summary>Văn thư: uploads documents and corrects their metadata.</summary>
    public const string Clerk = "clerk";
    /// <summary>Cán bộ: reads every internal document.</summary>
    public const string Official = "official";
    /// <summary>Thanh tra: reads, and checks the audit trail and the originals' integrity.</summary>
    public const string Auditor = "auditor";
    /// <summary>Biên tập viên: publishes documents to the public site and withdraws them.</summary>
    public const string Publisher = "publisher";

    public static readonly IReadOnlyList<string> All = [Admin, Clerk, Official, Auditor, Publisher];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>How the role is called in the user interface.</summary>
    public static string Label(string role) => role switch
    {
        Admin => "Quản trị viên",
        Clerk => "Văn thư",
        Official => "Cán bộ",
        Auditor => "Thanh tra",
        Publisher => "Biên tập viên",
        _ => role,
    };
}
