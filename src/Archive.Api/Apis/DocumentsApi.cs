using System.Globalization;
using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Indexer.Legal;
using Archive.Api.Hosting;
using Archive.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Archive.Api.Apis;

public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents")
            .RequireAuthorization(AccessPolicies.Read).AddEndpointFilter<DocumentAccessAudit>();

        api.MapPost("/", Upload).WithName("UploadDocument")
            .WithSummary("Archive a PDF, DOCX or text file (multipart field 'file')").DisableAntiforgery()
            .RequireAuthorization(AccessPolicies.Upload);
        api.MapGet("/", List).WithName("ListDocuments").WithSummary("Documents, newest first, a page at a time");
        api.MapGet("/{id}", Get).WithName("GetDocument").WithSummary("A document's metadata");
        api.MapGet("/{id}/content", Content).WithName("GetDocumentContent").WithSummary("The exact original bytes");
        api.MapGet("/{id}/text", Text).WithName("GetDocumentText").WithSummary("The extracted text");
        return app;
    }

    public sealed record DocumentPage(int Total, int Page, int PageSize, IReadOnlyList<DocumentRecord> Items);

    public static async Task<Results<Created<DocumentRecord>, Ok<DocumentRecord>, ProblemHttpResult>> Upload(
        HttpRequest request, DocumentIngestion ingestion, IOptions<UploadOptions> uploadOptions, CancellationToken cancellationToken)
    {
        var maxBytes = uploadOptions.Value.MaxFileBytes;
        if (!request.HasFormContentType)
            return Problems.BadRequest("Hãy gửi tệp dưới dạng multipart/form-data, trong trường 'file'.");
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (IsTooLarge(e))
        {
            return Problems.TooLarge(maxBytes);
        }
        catch (InvalidDataException)
        {
            return Problems.BadRequest("Không đọc được nội dung biểu mẫu tải lên.");
        }

        var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        if (file is null) return Problems.BadRequest("Thiếu tệp: hãy gửi tệp trong trường 'file'.");
        if (file.Length == 0) return Problems.BadRequest($"Tệp '{file.FileName}' rỗng (0 byte).");
        if (file.Length > maxBytes) return Problems.TooLarge(maxBytes);

        DateOnly? issuedOn = null;
        if (form["issuedOn"].ToString() is { Length: > 0 } issued)
        {
            if (!DateOnly.TryParseExact(issued.Trim(), ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Problems.BadRequest($"Ngày ban hành '{issued}' không hợp lệ: dùng dạng 2025-02-20 hoặc 20/02/2025.");
            issuedOn = date;
        }
        var metadata = new UploadMetadata(form["title"], form["kind"], form["number"], issuedOn, form["issuer"]);

        await using var content = file.OpenReadStream();
        var outcome = await ingestion.IngestAsync(content, file.FileName, metadata, cancellationToken);
        if (outcome is not var (record, created)) return Problems.UnsupportedType(file.FileName);
        return created
            ? TypedResults.Created($"/api/documents/{record.Id}", record)
            : TypedResults.Ok(record);
    }

    private static bool IsTooLarge(Exception e) =>
        e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        || e is InvalidDataException && e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase);

    /// <summary>Newest first; <paramref name="number"/> selects by số/ký hiệu in any spelling ("59/2023/ND-CP", "59 / 2023 / NĐ-CP").</summary>
    public static Results<Ok<DocumentPage>, ProblemHttpResult> List(DocumentCatalog catalog, string? number, int page = 1, int pageSize = 20)
    {
        if (page < 1) return Problems.BadRequest("Số trang (page) phải từ 1 trở lên.");
        if (pageSize is < 1 or > 100) return Problems.BadRequest("Số văn bản mỗi trang (pageSize) phải từ 1 đến 100.");
        Func<DocumentRecord, bool>? filter = null;
        if (!string.IsNullOrWhiteSpace(number))
        {
            if (!DocumentSymbol.TryParse(number, out var wanted))
                return Problems.BadRequest($"'{number}' không phải số, ký hiệu văn bản (ví dụ: 59/2023/NĐ-CP, 32/KH-UBND, 851-QĐ/HU).");
            filter = r => DocumentSymbol.TryParse(r.Number, out var symbol) && symbol.Key == wanted.Key;
        }
        var (total, items) = catalog.Page(page, pageSize, filter);
        return TypedResults.Ok(new DocumentPage(total, page, pageSize, items));
    }

    public static Results<Ok<DocumentRecord>, ProblemHttpResult> Get(string id, DocumentCatalog catalog) =>
        catalog.Find(id) is { } record ? TypedResults.Ok(record) : Problems.DocumentNotFound(id);

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Content(
        string id, DocumentCatalog catalog, IObjectStore store, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        var stream = await store.OpenReadAsync(DocumentKeys.Original(record.Id), cancellationToken);
        if (stream is null)
            return Problems.Make(StatusCodes.Status500InternalServerError, "Thiếu tệp gốc",
                $"Văn bản '{id}' có hồ sơ nhưng tệp gốc không còn trong kho lưu trữ. Hãy báo cho quản trị viên.");
        // Records from before names were cleaned on the way in are cleaned on the way out.
        return TypedResults.File(stream, record.ContentType, SafeFileName.Clean(record.FileName, ""));
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Text(
        string id, DocumentCatalog catalog, IObjectStore store, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        var stream = await store.OpenReadAsync(DocumentKeys.Text(record.Id), cancellationToken);
        if (stream is null)
            return Problems.Make(StatusCodes.Status409Conflict, "Văn bản chưa được trích xuất",
                "Nội dung chữ của văn bản này đang được xử lý; hãy thử lại sau ít phút.");
        return TypedResults.Stream(stream, "text/plain; charset=utf-8");
    }
}
