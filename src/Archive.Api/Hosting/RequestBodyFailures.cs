using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Hosting;

/// <summary>
/// A body the service could not read is the sender's fault, not a server error: over the route's limit (413), a form
/// cut short, with too many fields or a field too long, or a body Kestrel refused (400). Whoever read it (the
/// antiforgery check reads the form first and wraps what failed, a page's own form reading, binding), the answer
/// is the same Vietnamese problem, or a short page for a browser.
/// </summary>
public sealed class RequestBodyFailures(ILogger<RequestBodyFailures> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (StatusOf(exception) is not { } status) return false;
        logger.LogInformation("Request body not read on {Path}: {Status} {Reason}", context.Request.Path, status, exception.GetBaseException().Message);
        context.Response.StatusCode = status;
        await ProblemAnswers.AnswerAsync(context, status == StatusCodes.Status413PayloadTooLarge
            ? new ProblemDetails
            {
                Status = status,
                Title = "Yêu cầu quá lớn",
                Detail = "Dữ liệu gửi lên vượt quá giới hạn cho phép ở địa chỉ này; không có gì được lưu.",
            }
            : new ProblemDetails
            {
                Status = status,
                Title = "Không đọc được dữ liệu gửi lên",
                Detail = "Biểu mẫu hoặc dữ liệu gửi lên bị cắt ngang hoặc sai dạng (quá nhiều trường, một trường quá dài); " +
                         "không có gì được lưu. Hãy tải lại trang rồi gửi lại.",
            });
        return true;
    }

    /// <summary>Whether reading the body failed because it passed Kestrel's limit or the form reader's.</summary>
    internal static bool IsTooLarge(Exception exception) => StatusOf(exception) == StatusCodes.Status413PayloadTooLarge;

    /// <summary>The status a failure to read the request's body deserves, looking through the wrappers; null for any other failure.</summary>
    internal static int? StatusOf(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            switch (exception)
            {
                case BadHttpRequestException bad:
                    return bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
                // The form reader's limits (keys, value and multipart lengths) and its parse errors.
                case InvalidDataException when FromFormReading(exception):
                    return exception.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)
                        ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
                // A multipart body that ends before its closing boundary ("Unexpected end of Stream").
                case IOException when FromFormReading(exception):
                    return StatusCodes.Status400BadRequest;
                case AntiforgeryValidationException:
                    continue;
            }
        }
        return null;
    }

    // Only failures the form and multipart readers throw: an IOException of the store, or a damaged file's
    // InvalidDataException, is no fault of the request.
    private static readonly string[] FormReaders =
    [
        typeof(Microsoft.AspNetCore.WebUtilities.MultipartReader).Assembly.GetName().Name!,
        typeof(Microsoft.AspNetCore.Http.Features.FormFeature).Assembly.GetName().Name!,
    ];

    private static bool FromFormReading(Exception exception) => FormReaders.Contains(exception.Source);
}
