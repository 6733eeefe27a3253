using System.Text;
using Archive.Api.Access;
using Archive.Api.Apis;
using Archive.Api.Audit;
using Microsoft.AspNetCore.Antiforgery;

namespace Archive.Api.Web;

/// <summary>The admins' page of users (/quan-ly/nguoi-dung): who may sign in, with which role, and a button to revoke a key.</summary>
public static class StaffUserPage
{
    public const string Path = "/quan-ly/nguoi-dung";

    public static IEndpointRouteBuilder MapStaffUserPage(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup(Path).RequireAuthorization(AccessPolicies.Administer).ExcludeFromDescription();
        page.MapGet("/", (HttpContext context, IAntiforgery antiforgery, UserDirectory users) => Render(context, antiforgery, users, null, StatusCodes.Status200OK));
        page.MapPost("/{name}/thu-hoi", Revoke);
        return app;
    }

    private static async Task<IResult> Revoke(string name, HttpContext context, IAntiforgery antiforgery, UserDirectory users)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        var outcome = await users.RevokeAsync(name, AuditActor.From(context), CancellationToken.None);
        var status = outcome switch
        {
            UserRevocation.NotFound => StatusCodes.Status404NotFound,
            UserRevocation.LastAdmin => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status200OK,
        };
        return Render(context, antiforgery, users, (UsersApi.Describe(outcome, name), status == StatusCodes.Status200OK), status);
    }

    private static IResult Render(HttpContext context, IAntiforgery antiforgery, UserDirectory users, (string Text, bool Ok)? message, int status)
    {
        var token = antiforgery.GetAndStoreTokens(context).RequestToken;
        var body = new StringBuilder("<h1>Người dùng</h1>\n");
        if (message is { } m)
            body.Append(m.Ok ? $"<p class=\"notice\" role=\"status\">{Html.E(m.Text)}</p>\n" : $"<p class=\"notice error\" role=\"alert\">{Html.E(m.Text)}</p>\n");
        body.Append("<p>Thêm người dùng trên máy chủ: <code>dotnet run --project src/Archive.Api -- add-user TÊN VAI-TRÒ</code>.</p>\n");
        body.Append("<table>\n<thead><tr><th scope=\"col\">Tên</th><th scope=\"col\">Vai trò</th><th scope=\"col\">Thêm lúc</th><th scope=\"col\">Trạng thái</th><th scope=\"col\"></th></tr></thead>\n<tbody>\n");
        foreach (var user in UsersApi.Summaries(users))
        {
            var state = user.RevokedAt is { } at ? $"Đã thu hồi lúc {Html.Time(at)}" : "Đang dùng";
            var button = user.Revoked ? "" : $"""
                <form method="post" action="{Path}/{Html.E(Uri.EscapeDataString(user.Name))}/thu-hoi">{SiteLayout.AntiforgeryField(token)}<button type="submit" class="danger" aria-label="Thu hồi khóa của {Html.E(user.Name)}">Thu hồi khóa</button></form>
                """;
            body.Append($"<tr><td>{Html.E(user.Name)}</td><td>{Html.E(ArchiveRoles.Label(user.Role))}</td><td>{Html.Time(user.CreatedAt)}</td><td>{state}</td><td>{button}</td></tr>\n");
        }
        body.Append("</tbody>\n</table>\n");
        return PublicSite.Page(StaffSite.Render(context, antiforgery, "Người dùng", body.ToString()), status);
    }
}
