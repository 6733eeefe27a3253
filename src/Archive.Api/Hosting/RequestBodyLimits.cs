using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// How much a request may send. Kestrel's limit is small (<see cref="FormBytes"/>): a sign-in, a correction, a
/// publication or a JSON body fits in it many times over, so nobody, signed in or not, can make the service read
/// 100 MB into a form it never wanted. The few routes that take a file or a long text raise it for themselves
/// (<see cref="AcceptsUpload{TBuilder}"/>, <see cref="AcceptsBody{TBuilder}"/>), read by routing from the endpoint's
/// <see cref="RequestSizeLimitAttribute"/> before anything reads the body.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>The longest request line: a search question at its limit, every letter percent-encoded, and the rest of the address.</summary>
    public const int RequestLineBytes = Apis.SearchApi.MaxQueryLength * 9 + 8 * 1024;

    /// <summary>The body any route takes unless it says otherwise.</summary>
    public const long FormBytes = 1024 * 1024;

    /// <summary>The route takes one file at the configured upload limit (<see cref="UploadOptions.MaxRequestBytes"/>).</summary>
    public static TBuilder AcceptsUpload<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint => endpoint.Metadata.Add(new RequestSizeLimitAttribute(
            endpoint.ApplicationServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxRequestBytes)));
        return builder;
    }

    /// <summary>The route takes a body of up to <paramref name="maxBytes"/>.</summary>
    public static TBuilder AcceptsBody<TBuilder>(this TBuilder builder, long maxBytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(maxBytes));
}
