using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Access;

/// <summary>401 and 403 answers: problem details in Vietnamese for the API, the sign-in page for the staff UI.</summary>
public sealed class AccessProblems
{
    public const string SignInPath = "/quan-ly/dang-nhap";

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public Task WriteUnauthorizedAsync(HttpContext context)
    {
        if (!IsApi(context.Request) && !context.Request.Headers.ContainsKey("X-Api-Key"))
        {
            context.Response.Redirect($"{SignInPath}?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
            return Task.CompletedTask;
        }
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return WriteAsync(context, StatusCodes.Status401Unauthorized, "Chưa đăng nhập",
            "Hãy gửi khóa truy cập trong tiêu đề 'Authorization: Bearer …' hoặc 'X-Api-Key', hoặc đăng nhập tại " + SignInPath + ".");
    }

    /// <summary>429 after too many wrong keys, with the seconds to wait in Retry-After and in words.</summary>
    public Task WriteTooManySignInsAsync(HttpContext context, TimeSpan wait)
    {
        var seconds = RetryAfterSeconds(context, wait);
        return WriteAsync(context, StatusCodes.Status429TooManyRequests, TooManySignInsTitle, TooManySignInsDetail(seconds));
    }

    public const string TooManySignInsTitle = "Quá nhiều lần đăng nhập sai";

    public static string TooManySignInsDetail(int seconds) =>
        $"Đã có quá nhiều khóa truy cập sai từ địa chỉ này hoặc với khóa này. Hãy thử lại sau {seconds} giây.";

    /// <summary>Sets Retry-After (whole seconds, at least one) and returns it.</summary>
    public static int RetryAfterSeconds(HttpContext context, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return seconds;
    }

    public Task WriteForbiddenAsync(HttpContext context)
    {
        if (!IsApi(context.Request)) return Web.Staff.StaffPages.WriteForbiddenAsync(context);
        return WriteAsync(context, StatusCodes.Status403Forbidden, "Không có quyền",
            "Vai trò của bạn không được phép thực hiện thao tác này. Hãy liên hệ quản trị viên nếu bạn cần quyền này.");
    }

    private static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Hosting.ProblemAnswers.WriteAsync(context, new ProblemDetails { Status = status, Title = title, Detail = detail });
}
