using System.Security.Claims;
using Archive.Api.Access;
using Archive.Api.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Archive.Api.Web;

/// <summary>Signing in to the staff UI with an API key (kept as an HttpOnly cookie), and signing out.</summary>
public static class StaffSignIn
{
    public static IEndpointRouteBuilder MapStaffSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(AccessProblems.SignInPath, (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
            PublicSite.Page(Form(context, antiforgery, returnUrl, null))).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(AccessProblems.SignInPath, SignIn).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/quan-ly/dang-xuat", SignOut).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignIn(HttpContext context, IAntiforgery antiforgery, UserDirectory users, AuditTrail audit,
        SignInThrottle throttle, FailedSignInLog failures)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
            return PublicSite.Page(Form(context, antiforgery, null, "Phiên biểu mẫu đã hết hạn; hãy thử lại."), StatusCodes.Status400BadRequest);
        var form = await context.Request.ReadFormAsync();
        var key = form["key"].ToString();
        var returnUrl = form["returnUrl"].ToString();
        if (users.FindByKey(key) is not { } user)
        {
            var actor = AuditActor.From(context);
            if (throttle.CountFailure(actor.RemoteIp, key) is { } wait)
            {
                failures.Count(actor.RemoteIp);
                var seconds = AccessProblems.RetryAfterSeconds(context, wait);
                return PublicSite.Page(Form(context, antiforgery, returnUrl, AccessProblems.TooManySignInsDetail(seconds)), StatusCodes.Status429TooManyRequests);
            }
            await failures.RecordAsync(actor,
                key.Length == 0 ? "Trang đăng nhập: không nhập khóa" : $"Trang đăng nhập: khóa không hợp lệ ({ApiKeyAuthenticationHandler.Hint(key)})");
            return PublicSite.Page(Form(context, antiforgery, returnUrl, "Khóa truy cập không đúng."), StatusCodes.Status401Unauthorized);
        }
        var principal = ApiKeyAuthenticationHandler.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        await audit.AppendAsync(new AuditActor(user.Name, user.Role, context.Connection.RemoteIpAddress?.ToString()), AuditActions.SignIn, null, "Giao diện quản lý");
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/quan-ly/");
    }

    private static async Task<IResult> SignOut(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest();
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect(AccessProblems.SignInPath);
    }

    /// <summary>Only paths on this site: never send a freshly signed-in user somewhere else.</summary>
    private static bool IsLocal(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static string Form(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? error)
    {
        var token = antiforgery.GetAndStoreTokens(context).RequestToken;
        var message = error is null ? "" : $"<p class=\"notice error\" role=\"alert\">{Html.E(error)}</p>";
        var body = $"""
            <h1>Đăng nhập</h1>
            {message}
            <form method="post" action="{AccessProblems.SignInPath}" class="sign-in">
            {SiteLayout.AntiforgeryField(token)}
            <input type="hidden" name="returnUrl" value="{Html.E(returnUrl)}">
            <label for="key">Khóa truy cập</label>
            <input type="password" id="key" name="key" autocomplete="current-password" required size="50" aria-describedby="key-help">
            <p id="key-help" class="meta">Khóa do quản trị viên cấp (bắt đầu bằng “ak_”).</p>
            <button type="submit">Đăng nhập</button>
            </form>
            """;
        return SiteLayout.Render(PageArea.Staff, "Đăng nhập", body, new ClaimsPrincipal(), antiforgeryToken: token);
    }
}
