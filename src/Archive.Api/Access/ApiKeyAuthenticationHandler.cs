using System.Security.Claims;
using System.Text.Encodings.Web;
using Archive.Api.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Archive.Api.Access;

/// <summary>
/// Signs a request in by its API key (<c>Authorization: Bearer …</c> or <c>X-Api-Key</c>). A key
/// that matches nobody is a failed sign-in: counted by <see cref="SignInThrottle"/> (429 with Retry-After
/// past the limit) and recorded by <see cref="FailedSignInLog"/>.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    UserDirectory users,
    SignInThrottle throttle,
    FailedSignInLog failures,
    AccessProblems problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>Whether the request carries a key at all (then this scheme, not the cookie, decides).</summary>
    public static bool Presents(HttpRequest request) =>
        request.Headers.ContainsKey(HeaderName)
        || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey(Request);
        if (key is null) return AuthenticateResult.NoResult();
        await users.RefreshAsync(Context.RequestAborted);
        if (users.FindByKey(key) is not { } user)
        {
            var actor = AuditActor.From(Context);
            if (throttle.CountFailure(actor.RemoteIp, key) is { } wait)
            {
                failures.Count(actor.RemoteIp);
                Context.Items[RetryAfterItem] = wait;
                return AuthenticateResult.Fail("Too many unknown API keys");
            }
            await failures.RecordAsync(actor, $"Khóa API không hợp lệ ({Hint(key)})");
            return AuthenticateResult.Fail("Unknown API key");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(Principal(user, SchemeName), SchemeName));
    }

    private const string RetryAfterItem = "archive-sign-in-retry-after";

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Context.Items[RetryAfterItem] is TimeSpan wait
            ? problems.WriteTooManySignInsAsync(Context, wait)
            : problems.WriteUnauthorizedAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        problems.WriteForbiddenAsync(Context);

    public static ClaimsPrincipal Principal(ArchiveUser user, string scheme) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role)], scheme));

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } header) return header.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    /// <summary>Enough of a wrong key to tell attempts apart, never enough to reuse it.</summary>
    public static string Hint(string key) => key.Length <= 8 ? "quá ngắn" : key[..6] + "…";
}
