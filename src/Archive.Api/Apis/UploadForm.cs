using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

/// <summary>
/// The multipart form of an upload (a document, or a new version of one), read the same way for both: one file, in the
/// field 'file' (or under any name), refused with a Vietnamese problem when the form is not one, is damaged, or the
/// file is missing, not alone, empty or over the size limit.
/// </summary>
internal sealed record UploadForm(IFormCollection Fields, IFormFile File)
{
    /// <summary>The form and its file, or the problem to answer instead.</summary>
    public static async Task<(UploadForm? Form, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            return (null, Problems.BadRequest("Hãy gửi tệp dưới dạng multipart/form-data, trong trường 'file'."));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (RequestBodyFailures.IsTooLarge(e))
        {
            return (null, Problems.TooLarge(maxBytes));
        }
        catch (Exception e) when (RequestBodyFailures.StatusOf(e) is not null)
        {
            return (null, Problems.BadRequest("Không đọc được nội dung biểu mẫu tải lên."));
        }

        // One request, one document: a second file would be dropped without a word.
        if (form.Files.Count > 1)
            return (null, Problems.BadRequest($"Mỗi yêu cầu chỉ nhận một tệp (đã gửi {form.Files.Count} tệp); hãy gửi từng tệp trong một yêu cầu riêng."));
        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null) return (null, Problems.BadRequest("Thiếu tệp: hãy gửi tệp trong trường 'file'."));
        if (file.Length == 0) return (null, Problems.BadRequest($"Tệp '{file.FileName}' rỗng (0 byte)."));
        if (file.Length > maxBytes) return (null, Problems.TooLarge(maxBytes));
        return (new UploadForm(form, file), null);
    }
}
