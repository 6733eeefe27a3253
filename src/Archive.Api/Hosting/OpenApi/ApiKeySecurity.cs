using Archive.Api.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Hosting.OpenApi;

/// <summary>
/// The API key as the document's security: sent as <c>Authorization: Bearer …</c> or <c>X-Api-Key: …</c>
/// (either one), required by every operation that does not allow anonymous callers.
/// </summary>
public sealed class ApiKeySecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string Bearer = "Bearer";
    public const string ApiKey = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "ak_…",
            Description = "Khóa truy cập của người dùng (ak_…), gửi trong tiêu đề 'Authorization: Bearer ak_…'.",
        };
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "Cùng khóa truy cập, gửi trong tiêu đề 'X-Api-Key'.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!RequiresKey(context)) return Task.CompletedTask;
        // Two requirements: either scheme alone is enough.
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, context.Document)] = [] });
        return Task.CompletedTask;
    }

    /// <summary>The fallback policy asks every endpoint for a key unless it allows anonymous callers.</summary>
    public static bool RequiresKey(OpenApiOperationTransformerContext context) =>
        !context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
}
