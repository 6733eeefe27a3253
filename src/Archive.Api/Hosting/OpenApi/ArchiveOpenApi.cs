using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Archive.Api.Hosting.OpenApi;

/// <summary>
/// The OpenAPI document (/openapi/v1.json) with the key's security schemes, the upload's form and every
/// operation's problem answers; and a page to read and try it (/scalar), served from the Scalar package:
/// no CDN, no outside fonts, no telemetry, so it works on a district network without internet.
/// </summary>
public static class ArchiveOpenApi
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = SecurityHeaders.ReferencePathPrefix;

    public static IHostApplicationBuilder AddArchiveOpenApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Archive — kho văn bản",
                    Version = "v1",
                    Description = "Lưu trữ, trích xuất, tìm kiếm và công bố văn bản pháp luật, kế hoạch và biên bản. " +
                                  "Mọi thao tác /api cần khóa truy cập (Authorization: Bearer … hoặc X-Api-Key). " +
                                  "Lỗi trả về theo RFC 7807 với title và detail bằng tiếng Việt.",
                };
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer<ApiKeySecurity>();
            options.AddOperationTransformer<ApiKeySecurity>();
            options.AddOperationTransformer<UploadRequestBody>();
            options.AddOperationTransformer<ProblemResponses>();
            options.AddDocumentTransformer<ProblemResponses>();
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapArchiveOpenApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        app.MapScalarApiReference(ReferencePath, options => options
                .WithTitle("Archive — tài liệu API")
                .WithOpenApiRoutePattern(DocumentPath)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .AddPreferredSecuritySchemes(ApiKeySecurity.Bearer))
            .AllowAnonymous();
        return app;
    }
}
