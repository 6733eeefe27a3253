using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Hosting;

/// <summary>
/// Answers that carry only a status (a parameter that did not bind, an address or method that does not exist, a
/// refused sign-in) said in Vietnamese: problem details for programs, a short page for people, and plain text for a
/// client that accepts neither, so that no Accept header can turn an answer into a server error.
/// </summary>
public static class ProblemAnswers
{
    /// <summary>Gives a problem that has no detail (the framework's "Bad Request") a Vietnamese title and detail.</summary>
    public static void Explain(ProblemDetails problem, HttpContext context)
    {
        if (problem.Detail is not null && !(problem.Title ?? "").StartsWith("An error", StringComparison.Ordinal)) return;
        var status = problem.Status ?? StatusCodes.Status500InternalServerError;
        (problem.Title, problem.Detail) = status switch
        {
            400 => ("Yêu cầu không hợp lệ",
                "Một tham số của yêu cầu không đúng dạng (số trang, cỡ trang và năm là số nguyên; ngày viết dạng yyyy-mm-dd). Hãy kiểm tra lại địa chỉ hoặc dữ liệu đã gửi."),
            404 => ("Không tìm thấy", "Không có trang hoặc tài nguyên nào ở địa chỉ này."),
            405 => ("Phương thức không được hỗ trợ", $"Địa chỉ này không nhận yêu cầu {context.Request.Method}."),
            406 => ("Không có định dạng phù hợp", "Máy chủ không trả lời được theo định dạng mà yêu cầu chấp nhận (tiêu đề Accept)."),
            413 => ("Yêu cầu quá lớn", "Dữ liệu gửi lên vượt quá giới hạn cho phép."),
            415 => ("Định dạng không được hỗ trợ", "Kiểu nội dung của yêu cầu (Content-Type) không được nhận ở địa chỉ này."),
            >= 500 => ("Lỗi máy chủ", "Đã có lỗi ngoài dự kiến; dữ liệu đã lưu không bị ảnh hưởng. Vui lòng thử lại sau."),
            _ => (problem.Title is { Length: > 0 } t && !t.StartsWith("An error", StringComparison.Ordinal) ? t : "Yêu cầu không thực hiện được",
                problem.Detail ?? "Yêu cầu không thực hiện được."),
        };
    }

    /// <summary>Writes <paramref name="problem"/> as problem details, or as plain text when the client accepts no JSON.</summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? context.Response.StatusCode;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (await service.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem })) return;
        Explain(problem, context);
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync($"{problem.Title}\n{problem.Detail}\n");
    }

    /// <summary>The answer of a bare status code (UseStatusCodePages): a page for a browser outside the API, else a problem.</summary>
    public static Task WriteStatusAsync(StatusCodeContext statusContext) =>
        AnswerAsync(statusContext.HttpContext, new ProblemDetails { Status = statusContext.HttpContext.Response.StatusCode });

    /// <summary>Answers with <paramref name="problem"/>: a short page for a browser outside the API, else problem details.</summary>
    public static async Task AnswerAsync(HttpContext context, ProblemDetails problem)
    {
        if (Access.AccessProblems.IsApi(context.Request) || !AcceptsHtml(context.Request))
        {
            await WriteAsync(context, problem);
            return;
        }
        context.Response.StatusCode = problem.Status ?? context.Response.StatusCode;
        Explain(problem, context);
        var area = context.Request.Path.StartsWithSegments(SecurityHeaders.StaffPathPrefix) ? Web.PageArea.Staff : Web.PageArea.Public;
        var page = await context.RequestServices.GetRequiredService<Web.PageRenderer>()
            .RenderAsync<Web.Shared.ProblemPage>(context.RequestServices, new { Title = problem.Title ?? "", Detail = problem.Detail ?? "", Area = area });
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page);
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("text/html", StringComparison.OrdinalIgnoreCase));
}
