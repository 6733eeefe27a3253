using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Api.Hosting;
using Archive.Indexer.Extraction;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Archive.Api.Web.Staff;

/// <summary>
/// The upload page. With its script, each file goes to POST /api/documents with its own fields and progress; without
/// it, the form posts here: every file chosen, with the fields, checked by the same <see cref="MetadataRules"/> (a number
/// or a title only with one file: they name one document).
/// </summary>
public static class StaffUploads
{
    public const string Path = "/quan-ly/tai-len";

    /// <summary>Files one form sent without the page's script may carry (the script sends each file on its own).</summary>
    public const int MaxFilesPerForm = 100;

    public static IEndpointRouteBuilder MapStaffUploads(this IEndpointRouteBuilder app)
    {
        var page = app.MapGroup(Path).RequireAuthorization(AccessPolicies.Upload).ExcludeFromDescription();
        page.MapGet("/", (Func<HttpContext, Task<IResult>>)(context => PageRenderer.PageAsync<StaffUploadPage>(context, new { Viewer = StaffViewer.From(context) })));
        page.MapPost("/", Upload).AcceptsUpload();
        return app;
    }

    private static async Task<IResult> Upload(HttpContext context, IAntiforgery antiforgery, DocumentIngestion ingestion, AuditTrail audit,
        IOptions<UploadOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxFileBytes;
        IFormCollection form;
        try
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return await StaffPages.ExpiredFormAsync(context);
            form = await context.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (RequestBodyFailures.IsTooLarge(e))
        {
            // Every file chosen travels in this one request, whose body Kestrel caps at UploadOptions.MaxRequestBytes
            // (one file's limit and its envelope): files each under the limit can pass it together. Nothing was read, so
            // nothing is stored.
            const long megabyte = 1024 * 1024;
            return await PageRenderer.PageAsync<StaffUploadPage>(context, new
            {
                Viewer = StaffViewer.From(context),
                Problem = $"Chưa lưu tệp nào: các tệp đã chọn cộng lại vượt quá {options.Value.MaxRequestBytes / megabyte} MB, giới hạn của một lần gửi "
                    + $"(mỗi tệp tối đa {limit / megabyte} MB). Hãy chọn ít tệp hơn cho mỗi lần gửi, hoặc bật JavaScript để trang gửi từng tệp một.",
            }, StatusCodes.Status413PayloadTooLarge);
        }
        var entered = new MetadataInput(form["title"], form["kind"], form["number"], form["issuedOn"], form["issuer"]);
        Task<IResult> Again(string? problem, IReadOnlyList<MetadataProblem>? problems = null) => PageRenderer.PageAsync<StaffUploadPage>(context,
            new { Viewer = StaffViewer.From(context), Entered = entered, Problem = problem, Problems = problems ?? [] }, StatusCodes.Status400BadRequest);

        var files = form.Files.GetFiles("file");
        if (files.Count == 0 || files.All(f => f.Length == 0)) return await Again("Hãy chọn một tệp (tệp rỗng không được lưu).");
        // Each file is stored before the answer: a form of thousands of tiny files would hold its request for minutes.
        if (files.Count > MaxFilesPerForm)
            return await Again($"Chưa lưu: đã chọn {files.Count} tệp, mỗi lần gửi không có JavaScript nhận tối đa {MaxFilesPerForm} tệp; hãy chia thành nhiều lần.");
        if (files.Where(f => f.Length == 0 || f.Length > limit).Select(f => f.FileName).ToList() is { Count: > 0 } unfit)
            return await Again($"Chưa lưu tệp nào: {string.Join(", ", unfit.Select(n => $"“{n}”"))} rỗng hoặc vượt quá giới hạn {limit / (1024 * 1024)} MB; "
                + "hãy bỏ các tệp đó ra rồi gửi lại.");
        // A number and a title belong to one document: given for several files they would be written on each of them.
        if (files.Count > 1 && (!string.IsNullOrWhiteSpace(entered.Number) || !string.IsNullOrWhiteSpace(entered.Title)))
            return await Again($"Chưa lưu: đã chọn {files.Count} tệp, mà số và tiêu đề chỉ thuộc về một văn bản. Hãy để trống hai ô đó "
                + "(kho tự đọc từ phần đầu mỗi văn bản) hoặc tải lên từng tệp một.");
        var (metadata, problems) = MetadataRules.ForUpload(entered);
        if (metadata is null) return await Again("Chưa lưu: " + MetadataRules.Describe(problems), problems);
        var actor = AuditActor.From(context);
        var outcomes = new List<StaffUploadOutcome>();
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            if (await ingestion.IngestAsync(content, file.FileName, metadata with { UploadedBy = actor.User }, cancellationToken) is not var (record, created))
            {
                outcomes.Add(new StaffUploadOutcome(file.FileName, null, false,
                    $"không thuộc loại kho lưu trữ nhận ({AcceptedFormats.Names}); tệp không được lưu."));
                continue;
            }
            await audit.AppendAsync(actor, AuditActions.Upload, record.Id, (created ? "Tệp mới: " : "Tệp đã có trong kho: ") + record.FileName);
            outcomes.Add(new StaffUploadOutcome(file.FileName, record.Id, created, null));
        }
        if (outcomes is [{ Id: { } only }]) return Results.Redirect($"/quan-ly/van-ban/{only}");
        if (outcomes is [{ Problem: { } refused } one]) return await Again($"Tệp “{one.FileName}” {refused}");
        // Several files sent by the form without its script (which sends each on its own): every one is stored, and listed.
        return await PageRenderer.PageAsync<StaffUploadPage>(context, new { Viewer = StaffViewer.From(context), Outcomes = (IReadOnlyList<StaffUploadOutcome>)outcomes },
            outcomes.Any(o => o.Id is not null) ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }
}
