using Archive.Api.Access;
using Archive.Api.Apis;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Microsoft.AspNetCore.Antiforgery;

namespace Archive.Api.Web.Staff;

/// <summary>
/// The admins' users page (/quan-ly/nguoi-dung): who may sign in and with which role; adding a user shows their
/// new key once; revoking asks for confirmation on a page of its own.
/// </summary>
public static class StaffUsers
{
    public const string Path = "/quan-ly/nguoi-dung";

    public static string RevokePath(string name) => $"{Path}/{Uri.EscapeDataString(name)}/thu-hoi";

    /// <summary>What each role does, beside its name in the role list.</summary>
    public static string RoleDuty(string role) => role switch
    {
        ArchiveRoles.Admin => "mọi việc, kể cả quản lý người dùng",
        ArchiveRoles.Clerk => "tải lên, sửa thông tin văn bản",
        ArchiveRoles.Official => "xem và tìm văn bản nội bộ",
        ArchiveRoles.Auditor => "xem, nhật ký, kiểm tra toàn vẹn",
        ArchiveRoles.Publisher => "công bố, thu hồi trên trang công khai",
        _ => "",
    };

    public static IEndpointRouteBuilder MapStaffUsers(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup(Path).RequireAuthorization(AccessPolicies.Administer).ExcludeFromDescription();
        page.MapGet("/", (HttpContext context, UserDirectory users) => Render(context, users, null, StatusCodes.Status200OK));
        page.MapPost("/", Add);
        page.MapGet("/{name}/thu-hoi", RevokePage);
        page.MapPost("/{name}/thu-hoi", Revoke);
        return app;
    }

    private static async Task<IResult> Add(HttpContext context, IAntiforgery antiforgery, UserDirectory users, AuditTrail audit)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        var form = await context.Request.ReadFormAsync();
        var name = MetadataRules.Clean(form["name"].ToString());
        var role = form["role"].ToString();
        var problem = name is null ? "Hãy nhập tên người dùng."
            : UserNames.Problem(name) is { } wrong ? wrong
            : !ArchiveRoles.IsKnown(role) ? "Hãy chọn một vai trò trong danh sách."
            : users.Users.FirstOrDefault(u => u.Active && UserNames.Same(u.Name, name)) is { } taken
                ? $"Đã có người dùng tên “{taken.Name}” đang dùng khóa (tên không phân biệt chữ hoa, chữ thường); hãy chọn tên khác hoặc thu hồi khóa cũ trước."
            : null;
        if (problem is not null)
            return await Render(context, users, (problem, false), StatusCodes.Status400BadRequest, enteredName: name, enteredRole: role);
        string key;
        try
        {
            key = await users.AddAsync(name!, role, null, CancellationToken.None);
        }
        catch (UserRefusedException refused)
        {
            // Another admin added the same name (in another letter case) between the check above and this change.
            return await Render(context, users, (refused.Reason, false), StatusCodes.Status400BadRequest, enteredName: name, enteredRole: role);
        }
        await audit.AppendAsync(AuditActor.From(context), AuditActions.UserAdded, null, $"{name} ({role})", CancellationToken.None);
        // The key exists in clear only in this answer: nothing may keep it.
        context.Response.Headers.CacheControl = "no-store";
        return await Render(context, users, ($"Đã thêm {name} với vai trò {ArchiveRoles.Label(role)}.", true), StatusCodes.Status200OK, newKey: (name!, key));
    }

    private static Task<IResult> RevokePage(string name, HttpContext context, UserDirectory users)
    {
        name = UserNames.FromRoute(name);
        return users.Users.FirstOrDefault(u => u.Name == name && u.Active) is { } user
            ? PageRenderer.PageAsync<StaffRevokePage>(context, new { Viewer = StaffViewer.From(context), Name = user.Name, RoleLabel = ArchiveRoles.Label(user.Role) })
            : Render(context, users, (UsersApi.Describe(UserRevocation.NotFound, name), false), StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Revoke(string name, HttpContext context, IAntiforgery antiforgery, UserDirectory users)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        name = UserNames.FromRoute(name);
        var outcome = await users.RevokeAsync(name, AuditActor.From(context), CancellationToken.None);
        var status = outcome switch
        {
            UserRevocation.NotFound => StatusCodes.Status404NotFound,
            UserRevocation.LastAdmin => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status200OK,
        };
        return await Render(context, users, (UsersApi.Describe(outcome, name), status == StatusCodes.Status200OK), status);
    }

    private static Task<IResult> Render(HttpContext context, UserDirectory users, (string Text, bool Ok)? message, int status,
        (string Name, string Key)? newKey = null, string? enteredName = null, string? enteredRole = null) =>
        PageRenderer.PageAsync<StaffUsersPage>(context, new
        {
            Viewer = StaffViewer.From(context), Users = (IReadOnlyList<UsersApi.UserSummary>)UsersApi.Summaries(users),
            Message = message, NewKey = newKey, EnteredName = enteredName, EnteredRole = enteredRole,
        }, status);
}
