using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Documents;
using Archive.Indexer.Legal;
using Archive.Api.Hosting;
using Archive.Api.Originals;
using Archive.Indexer.Extraction;
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
            .WithSummary($"Archive a file ({AcceptedFormats.Names}) sent as multipart field 'file'; optional fields title, kind, number, issuedOn, issuer")
            .DisableAntiforgery()
            .AcceptsUpload()
            .RequireAuthorization(AccessPolicies.Upload);
        api.MapGet("/", List).WithName("ListDocuments").WithSummary("Documents, newest first, a page at a time");
        api.MapGet("/{id}", Get).WithName("GetDocument").WithSummary("A document's metadata");
        api.MapGet("/{id}/content", Content).WithName("GetDocumentContent").WithSummary("The exact original bytes");
        api.MapGet("/{id}/text", Text).WithName("GetDocumentText").WithSummary("The extracted text");
        api.MapGet("/{id}/view", View).WithName("ViewDocumentOriginal")
            .WithSummary("The original to look at in the browser (inline): PDFs, pictures and text as they are, word-processor files as a PDF rendition");
        api.MapGet("/{id}/pages/{page:int}", Picture).WithName("GetDocumentPagePicture")
            .WithSummary($"A small PNG of one of the first {OriginalViews.MaxPictures} pages (PDFs and word-processor files)");
        return app;
    }

    public sealed record DocumentPage(int Total, int Page, int PageSize, IReadOnlyList<DocumentRecord> Items);

    public static async Task<Results<Created<DocumentRecord>, Ok<DocumentRecord>, ProblemHttpResult>> Upload(
        HttpRequest request, DocumentIngestion ingestion, IOptions<UploadOptions> uploadOptions, CancellationToken cancellationToken)
    {
        var (upload, problem) = await UploadForm.ReadAsync(request, uploadOptions.Value.MaxFileBytes, cancellationToken);
        if (upload is null) return problem!;
        var (form, file) = upload;

        var (metadata, problems) = MetadataRules.ForUpload(new MetadataInput(form["title"], form["kind"], form["number"], form["issuedOn"], form["issuer"]));
        if (metadata is null) return Problems.InvalidMetadata(problems);

        await using var content = file.OpenReadStream();
        var outcome = await ingestion.IngestAsync(content, file.FileName, metadata with { UploadedBy = AuditActor.From(request.HttpContext).User }, cancellationToken);
        if (outcome is not var (record, created)) return Problems.UnsupportedType(file.FileName);
        return created
            ? TypedResults.Created($"/api/documents/{record.Id}", record)
            : TypedResults.Ok(record);
    }

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

    /// <summary>The record, with its entity tag (ETag) for a later correction's If-Match.</summary>
    public static Results<Ok<DocumentRecord>, ProblemHttpResult> Get(string id, DocumentCatalog catalog, HttpResponse response)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        response.Headers.ETag = RecordTag.Of(record);
        return TypedResults.Ok(record);
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Content(
        string id, DocumentCatalog catalog, IObjectStore store, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        var stream = await store.OpenReadAsync(StoreLayout.OriginalOf(record), cancellationToken);
        if (stream is null)
            return Problems.Make(StatusCodes.Status500InternalServerError, "Thiếu tệp gốc",
                $"Văn bản '{id}' có hồ sơ nhưng tệp gốc không còn trong kho lưu trữ. Hãy báo cho quản trị viên.");
        // Records from before names were cleaned on the way in are cleaned on the way out.
        return TypedResults.File(stream, record.ContentType, SafeFileName.Clean(record.FileName, ""));
    }

    /// <summary>Inline, so the browser opens it in its own viewer; the download (content) stays an attachment.</summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> View(
        string id, DocumentCatalog catalog, OriginalViews views, HttpContext context, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        if (ViewKinds.RenditionRefused(record))
            return Problems.Make(StatusCodes.Status409Conflict, "Không dựng được bản xem",
                $"Tệp '{record.FileName}' không đọc được ({record.TextError}) nên không dựng bản xem trong trình duyệt; hãy tải tệp gốc về máy.");
        if (await views.OpenAsync(record, cancellationToken) is not { } view)
            return Problems.Make(StatusCodes.Status404NotFound, "Không xem được trong trình duyệt",
                $"Tệp '{record.FileName}' không xem trực tiếp được trong trình duyệt; hãy tải tệp gốc về máy.");
        return Inline(context, view);
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Picture(
        string id, int page, DocumentCatalog catalog, OriginalViews views, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        return await views.PictureAsync(record, page, cancellationToken) is { } picture
            ? TypedResults.File(picture, "image/png")
            : Problems.Make(StatusCodes.Status404NotFound, "Không có ảnh trang", $"Không có ảnh trang {page} của văn bản này.");
    }

    /// <summary>The view as the browser shows it, named (Content-Disposition: inline) so that saving it keeps its name.</summary>
    public static FileStreamHttpResult Inline(HttpContext context, OriginalView view)
    {
        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(view.FileName);
        context.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(view.Content, view.ContentType);
    }

    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Text(
        string id, DocumentCatalog catalog, IObjectStore store, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } record) return Problems.DocumentNotFound(id);
        var stream = await store.OpenReadAsync(StoreLayout.Text(record.Id), cancellationToken);
        if (stream is null)
            return Problems.Make(StatusCodes.Status409Conflict, "Văn bản chưa được trích xuất",
                "Nội dung chữ của văn bản này đang được xử lý; hãy thử lại sau ít phút.");
        return TypedResults.Stream(stream, "text/plain; charset=utf-8");
    }
}
