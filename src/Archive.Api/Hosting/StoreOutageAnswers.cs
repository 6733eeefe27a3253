using Archive.Storage;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Hosting;

/// <summary>
/// A store outage is not a server error: 503 with Retry-After when the store cannot be reached, 507 when it
/// is full, each with a Vietnamese problem that says what is wrong, for any request that needed the store.
/// </summary>
public sealed class StoreOutageAnswers(ILogger<StoreOutageAnswers> logger) : IExceptionHandler
{
    /// <summary>What a client is told to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (Find(exception) is not { } outage) return false;
        logger.LogWarning(outage, "Store outage while answering {Path}", context.Request.Path);
        var full = outage is StoreFullException;
        var status = full ? StatusCodes.Status507InsufficientStorage : StatusCodes.Status503ServiceUnavailable;
        context.Response.StatusCode = status;
        if (!full) context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ProblemAnswers.WriteAsync(context, full
                ? new ProblemDetails
                {
                    Status = status,
                    Title = "Kho lưu trữ đã đầy",
                    Detail = "Kho lưu trữ không còn chỗ trống nên chưa ghi được gì thêm; dữ liệu đã lưu không bị ảnh hưởng. " +
                             "Hãy báo quản trị viên giải phóng hoặc mở rộng dung lượng kho.",
                }
                : new ProblemDetails
                {
                    Status = status,
                    Title = "Kho lưu trữ tạm thời không truy cập được",
                    Detail = $"Không kết nối được tới kho lưu trữ (máy chủ lưu trữ hoặc ổ đĩa); dữ liệu đã lưu không bị ảnh hưởng. " +
                             $"Hãy thử lại sau khoảng {RetryAfterSeconds} giây.",
                });
        return true;
    }

    private static StoreOutageException? Find(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is StoreOutageException outage) return outage;
        return null;
    }
}
