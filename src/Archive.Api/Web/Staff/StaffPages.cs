namespace Archive.Api.Web.Staff;

/// <summary>The staff pages' short answers: a message page, the 403 page, a form whose antiforgery token expired.</summary>
public static class StaffPages
{
    public static Task<IResult> MessageAsync(HttpContext context, string heading, string message, int status) =>
        PageRenderer.PageAsync<StaffMessagePage>(context, new { Viewer = StaffViewer.From(context), Heading = heading, Message = message }, status);

    /// <summary>A post without a valid token: the page was open too long, or the post did not come from our page.</summary>
    public static Task<IResult> ExpiredFormAsync(HttpContext context) =>
        MessageAsync(context, "Biểu mẫu đã hết hạn", "Biểu mẫu này đã hết hạn hoặc không gửi từ trang của kho lưu trữ; không có gì thay đổi. Hãy mở lại trang và thử lại.",
            StatusCodes.Status400BadRequest);

    /// <summary>The 403 answer of a staff page (the API answers a problem instead).</summary>
    public static async Task WriteForbiddenAsync(HttpContext context)
    {
        var result = await MessageAsync(context, "Không có quyền", "Vai trò của bạn không được phép mở trang này hoặc làm thao tác này. Hãy liên hệ quản trị viên nếu bạn cần quyền này.",
            StatusCodes.Status403Forbidden);
        await result.ExecuteAsync(context);
    }
}
