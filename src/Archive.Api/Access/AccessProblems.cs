using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Access;

/// <summary>401 and 403 answers: problem details in Vietnamese for the API, the sign-in page for the staff UI.</summary>
public sealed class AccessProblems(IProblemDetailsService problemDetails)
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

    public Task WriteForbiddenAsync(HttpContext context)
    {
        if (!IsApi(context.Request)) return Web.Staff.StaffPages.WriteForbiddenAsync(context);
        return WriteAsync(context, StatusCodes.Status403Forbidden, "Không có quyền",
            "Vai trò của bạn không được phép thực hiện thao tác này. Hãy liên hệ quản trị viên nếu bạn cần quyền này.");
    }

    private Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
