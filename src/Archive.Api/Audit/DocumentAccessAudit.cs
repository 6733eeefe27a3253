using Archive.Api.Documents;

namespace Archive.Api.Audit;

/// <summary>
/// Records uploads, and views and downloads of internal documents, made through the documents API.
/// A filter on the route group, so the handlers stay about documents and every one is covered.
/// </summary>
public sealed class DocumentAccessAudit(AuditTrail audit, DocumentCatalog catalog) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var name = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
        var action = name switch
        {
            "UploadDocument" => AuditActions.Upload,
            "GetDocument" or "GetDocumentText" or "ViewDocumentOriginal" => AuditActions.View,
            "GetDocumentContent" or "GetDocumentVersionContent" => AuditActions.Download,
            _ => null,
        };
        if (action is null || !Succeeded(result)) return result;

        if (action == AuditActions.Upload)
        {
            if (Unwrap(result) is IValueHttpResult { Value: DocumentRecord uploaded } created)
                await audit.AppendAsync(AuditActor.From(http), action, uploaded.Id,
                    (created is IStatusCodeHttpResult { StatusCode: 201 } ? "Tệp mới: " : "Tệp đã có trong kho: ") + uploaded.FileName
                    + await SentNameAsync(http.Request, uploaded.FileName));
            return result;
        }
        var id = http.GetRouteValue("id") as string;
        if (id is not null && catalog.Find(id) is { Visibility: not Visibilities.Published })
            await audit.AppendAsync(AuditActor.From(http), action, id, name switch
            {
                "GetDocumentText" => "Nội dung chữ",
                "ViewDocumentOriginal" => "Xem bản gốc trong trình duyệt",
                "GetDocumentVersionContent" => $"Phiên bản {http.GetRouteValue("version")}",
                _ => null,
            });
        return result;
    }

    /// <summary>The file name as the client sent it, made visible, when cleaning changed it (<see cref="SafeFileName"/>).</summary>
    private static async Task<string> SentNameAsync(HttpRequest request, string kept)
    {
        if (!request.HasFormContentType) return "";
        var form = await request.ReadFormAsync(); // already read by the upload: the cached form
        var sent = (form.Files.GetFile("file") ?? form.Files.FirstOrDefault())?.FileName;
        return sent is null || sent == kept ? "" : $" (tên gửi lên: \"{SafeFileName.Visible(sent)}\")";
    }

    private static object? Unwrap(object? result) => result is INestedHttpResult nested ? nested.Result : result;

    private static bool Succeeded(object? result) =>
        Unwrap(result) is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 }
        || Unwrap(result) is IFileHttpResult;
}
