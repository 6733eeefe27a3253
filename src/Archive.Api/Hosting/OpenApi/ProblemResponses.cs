using System.Text.Json.Nodes;
using Archive.Api.Access;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Hosting.OpenApi;

/// <summary>
/// The RFC 7807 answers each operation can give, with Vietnamese examples: 401/403/429 where a key is
/// needed, 404 where the path names a document or user, 400 where there is input, 503 (and 507 for
/// writes) where the store is read or written, and the answers only some operations give (413, 415, 409).
/// </summary>
public sealed class ProblemResponses : IOpenApiOperationTransformer, IOpenApiDocumentTransformer
{
    public const string SchemaId = "ProblemDetails";
    public const string ContentType = "application/problem+json";

    /// <summary>Answers only these operations give, by operation name.</summary>
    private static readonly Dictionary<string, int[]> Particular = new()
    {
        ["UploadDocument"] = [413, 415, 507],
        ["CorrectDocumentMetadata"] = [413, 507],
        ["GetDocumentText"] = [409],
        ["RevokeUser"] = [409],
        ["ExtractCitations"] = [413],
        ["PublishDocument"] = [507],
        ["UnpublishDocument"] = [507],
    };

    private static readonly Dictionary<int, (string Description, string Title, string Detail)> Examples = new()
    {
        [400] = ("Yêu cầu không hợp lệ", "Thông tin văn bản chưa hợp lệ", "Số, ký hiệu '32-KH' không đúng dạng (ví dụ: 59/2023/NĐ-CP, 32/KH-UBND)."),
        [401] = ("Thiếu khóa truy cập hoặc khóa sai", "Chưa đăng nhập", "Hãy gửi khóa truy cập trong tiêu đề 'Authorization: Bearer …' hoặc 'X-Api-Key'."),
        [403] = ("Vai trò không được phép", "Không có quyền", "Vai trò của bạn không được phép thực hiện thao tác này."),
        [404] = ("Không có", "Không tìm thấy văn bản", "Không có văn bản nào mang mã '3f9a1c2b7d4e' trong kho lưu trữ."),
        [409] = ("Trạng thái không cho phép", "Văn bản chưa được trích xuất", "Nội dung chữ của văn bản này đang được xử lý; hãy thử lại sau ít phút."),
        [413] = ("Quá lớn", "Tệp quá lớn", "Tệp vượt quá giới hạn cho phép (100 MB)."),
        [415] = ("Định dạng không nhận", "Định dạng tệp không được hỗ trợ", "Tệp 'bang-tinh.xlsx' không thuộc loại kho lưu trữ nhận; tệp không được lưu."),
        [429] = ("Quá nhiều khóa sai (có Retry-After)", AccessProblems.TooManySignInsTitle, AccessProblems.TooManySignInsDetail(60)),
        [503] = ("Kho lưu trữ tạm thời không truy cập được (có Retry-After)", "Kho lưu trữ tạm thời không truy cập được", "Không đọc hoặc ghi được kho lưu trữ lúc này; hãy thử lại sau 30 giây."),
        [507] = ("Kho lưu trữ đã đầy", "Kho lưu trữ đã đầy", "Kho lưu trữ không còn chỗ; văn bản chưa được lưu. Hãy báo cho quản trị viên."),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var path = "/" + (context.Description.RelativePath ?? "");
        if (!path.StartsWith("/api/", StringComparison.Ordinal)) return Task.CompletedTask;
        var statuses = new SortedSet<int> { 503 };
        if (ApiKeySecurity.RequiresKey(context)) statuses.UnionWith([401, 403, 429]);
        if (path.Contains("{id}", StringComparison.Ordinal) || path.Contains("{name}", StringComparison.Ordinal)) statuses.Add(404);
        if (operation.RequestBody is not null || context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Query")
            || context.Description.HttpMethod is "POST" or "PATCH")
            statuses.Add(400);
        if (operation.OperationId is { } name && Particular.TryGetValue(name, out var particular)) statuses.UnionWith(particular);

        operation.Responses ??= new OpenApiResponses();
        foreach (var status in statuses)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.TryGetValue(key, out var existing) && existing.Content?.ContainsKey(ContentType) == true) continue;
            var (description, title, detail) = Examples[status];
            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ContentType] = new()
                    {
                        Schema = new OpenApiSchemaReference(SchemaId, context.Document),
                        Example = new JsonObject { ["type"] = $"https://tools.ietf.org/html/rfc9110", ["title"] = title, ["status"] = status, ["detail"] = detail },
                    },
                },
            };
        }
        return Task.CompletedTask;
    }

    /// <summary>The problem shape every error answer has (RFC 7807, plus <c>errors</c> per field on metadata refusals).</summary>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[SchemaId] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Lỗi theo RFC 7807: title và detail bằng tiếng Việt.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Những trường cần sửa, mỗi trường với các lời nhắn tiếng Việt.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Required = new HashSet<string> { "title", "status" },
        };
        return Task.CompletedTask;
    }
}
