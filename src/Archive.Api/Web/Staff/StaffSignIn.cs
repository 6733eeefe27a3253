using Archive.Api.Access;
using Archive.Api.Audit;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Archive.Api.Web.Staff;

/// <summary>
/// Signing in to the staff pages with an API key (kept as an HttpOnly cookie, remembered for a working day when
/// asked), and signing out.
/// </summary>
public static class StaffSignIn
{
    /// <summary>How long a remembered sign-in lasts without use; each use within it renews it.</summary>
    public static readonly TimeSpan WorkingDay = TimeSpan.FromHours(10);

    public static IEndpointRouteBuilder MapStaffSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(AccessProblems.SignInPath, (HttpContext context, string? returnUrl) => Form(context, returnUrl, null, StatusCodes.Status200OK))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost(AccessProblems.SignInPath, SignIn).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/quan-ly/dang-xuat", SignOut).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> SignIn(HttpContext context, IAntiforgery antiforgery, UserDirectory users, AuditTrail audit,
        SignInThrottle throttle, FailedSignInLog failures)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
            return await Form(context, null, "Phiên biểu mẫu đã hết hạn; hãy thử lại.", StatusCodes.Status400BadRequest);
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
                return await Form(context, returnUrl, AccessProblems.TooManySignInsDetail(seconds), StatusCodes.Status429TooManyRequests);
            }
            await failures.RecordAsync(actor,
                key.Length == 0 ? "Trang đăng nhập: không nhập khóa" : $"Trang đăng nhập: khóa không hợp lệ ({ApiKeyAuthenticationHandler.Hint(key)})");
            return await Form(context, returnUrl, "Khóa truy cập không đúng.", StatusCodes.Status401Unauthorized);
        }
        var principal = ApiKeyAuthenticationHandler.Principal(user, CookieAuthenticationDefaults.AuthenticationScheme);
        var remember = form["remember"].ToString() == "true";
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties
        {
            // Remembered: the cookie survives closing the browser, for a working day. Otherwise it ends with the browser.
            IsPersistent = remember,
            ExpiresUtc = DateTimeOffset.UtcNow.Add(WorkingDay),
            AllowRefresh = true,
        });
        await audit.AppendAsync(new AuditActor(user.Name, user.Role, context.Connection.RemoteIpAddress?.ToString()), AuditActions.SignIn, null,
            remember ? "Giao diện quản lý (ghi nhớ trong ngày làm việc)" : "Giao diện quản lý");
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/quan-ly/");
    }

    private static async Task<IResult> SignOut(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect(AccessProblems.SignInPath);
    }

    /// <summary>Only paths on this site: never send a freshly signed-in user somewhere else.</summary>
    private static bool IsLocal(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static Task<IResult> Form(HttpContext context, string? returnUrl, string? error, int status) =>
        PageRenderer.PageAsync<StaffSignInPage>(context, new { Viewer = StaffViewer.From(context) with { Name = "", Role = "" }, ReturnUrl = returnUrl, Error = error }, status);
}
