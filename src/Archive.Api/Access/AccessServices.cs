using Archive.Api.Audit;
using Archive.Api.Integrity;
using Archive.Api.Publishing;
using Archive.Indexer.Index;
using Archive.Storage;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Archive.Api.Access;

/// <summary>
/// Who may do what: API keys (header) for programs, a cookie for the staff web UI (signed in with
/// the same key), role policies, and the audit trail that records what they do.
/// </summary>
public static class AccessServices
{
    public const string SelectScheme = "KeyOrCookie";
    public const string CookieName = "archive-staff";

    public static IHostApplicationBuilder AddArchiveAccess(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<UserDirectory>();
        services.AddOptions<FailedSignInOptions>().BindConfiguration(FailedSignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignInThrottle>();
        services.AddArchiveAudit();
        services.AddSingleton<AccessProblems>();
        services.AddSingleton<AccessStartup>();
        services.AddHostedService(sp => sp.GetRequiredService<AccessStartup>());
        services.AddSingleton<DocumentPublishing>();
        services.AddSingleton<DocumentIntegrity>();
        services.AddSingleton<BagItExport>();

        services.AddAuthentication(SelectScheme)
            .AddPolicyScheme(SelectScheme, "API key or staff cookie", options => options.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.Presents(context.Request) ? ApiKeyAuthenticationHandler.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                // Secure whenever the site is reached over HTTPS, as it is in production; plain http only on a developer's machine.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = AccessProblems.SignInPath;
                options.Events.OnRedirectToLogin = context => context.HttpContext.RequestServices
                    .GetRequiredService<AccessProblems>().WriteUnauthorizedAsync(context.HttpContext);
                // A revoked user's open session ends at their next request, as their key does.
                options.Events.OnValidatePrincipal = async context =>
                {
                    var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
                    await users.RefreshAsync(context.HttpContext.RequestAborted);
                    if (!users.IsActive(context.Principal?.Identity?.Name, context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value))
                        context.RejectPrincipal();
                };
                options.Events.OnRedirectToAccessDenied = context => context.HttpContext.RequestServices
                    .GetRequiredService<AccessProblems>().WriteForbiddenAsync(context.HttpContext);
            });
        services.AddAuthorization(AccessPolicies.AddTo);
        services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.Cookie.Name = "archive-af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }

    public const string AntiforgeryHeader = "X-Archive-Antiforgery";

    /// <summary>The audit trail and what makes it checkable from outside: its key, its anchor folder, its upkeep.</summary>
    private static IServiceCollection AddArchiveAudit(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new AuditAnchorFolder(sp.GetRequiredService<IOptions<AuditOptions>>().Value.AnchorPath(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetRequiredService<IOptions<IndexOptions>>().Value.Path)));
        services.AddSingleton(sp => AuditSeal.Load(sp.GetRequiredService<IOptions<AuditOptions>>().Value,
            sp.GetRequiredService<AuditAnchorFolder>().Path, sp.GetRequiredService<ILogger<AuditSeal>>()));
        services.AddSingleton(sp => new AuditAnchor(sp.GetRequiredService<AuditAnchorFolder>().Path));
        services.AddSingleton(sp => new AuditSpool(sp.GetRequiredService<AuditAnchorFolder>().Path));
        services.AddSingleton<AuditRetention>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<FailedSignInLog>();
        services.AddHostedService<AuditUpkeep>();
        return services;
    }

    public static WebApplication UseArchiveAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        // The browser sends the cookie on its own, so writes to the API made with it must prove they
        // come from our own pages (antiforgery header); programs sending a key need not.
        app.Use(async (context, next) =>
        {
            if (AccessProblems.IsApi(context.Request) && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && !ApiKeyAuthenticationHandler.Presents(context.Request) && context.User.Identity?.IsAuthenticated == true)
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    await context.RequestServices.GetRequiredService<AccessProblems>().WriteForbiddenAsync(context);
                    return;
                }
            }
            await next(context);
        });
        return app;
    }
}
