using Archive.Api.Access;

namespace Archive.Api.Hosting;

/// <summary>
/// Headers every answer carries, set as the answer starts so that error pages have them too:
/// a Content-Security-Policy without inline script or style (scripts and styles come from this site only),
/// nosniff, a Referrer-Policy that keeps addresses (and the searches in them) on this site; staff pages and
/// API answers may not be framed (clickjacking the publish form) and are never stored by browsers or proxies.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Staff pages and the API: as above, and no framing by any site.</summary>
    public const string StaffContentSecurityPolicy = ContentSecurityPolicy + "; frame-ancestors 'none'";

    public const string StaffPathPrefix = "/quan-ly";

    /// <summary>
    /// The API reference page (Scalar, from its package) starts itself with an inline module script and styles
    /// its parts inline; it shows only the API's own description, so only there inline code is allowed.
    /// </summary>
    public const string ReferenceContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ReferencePathPrefix = "/scalar";

    public static IApplicationBuilder UseArchiveSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var internalAnswer = IsInternal(context.Request);
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ReferencePathPrefix) ? ReferenceContentSecurityPolicy
                : internalAnswer ? StaffContentSecurityPolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            if (internalAnswer)
            {
                headers.XFrameOptions = "DENY";
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>Staff pages and API answers: internal documents, keys, the audit trail.</summary>
    public static bool IsInternal(HttpRequest request) =>
        AccessProblems.IsApi(request) || request.Path.StartsWithSegments(StaffPathPrefix);
}
