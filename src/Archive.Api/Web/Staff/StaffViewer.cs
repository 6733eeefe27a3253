using System.Security.Claims;
using Archive.Api.Access;
using Microsoft.AspNetCore.Antiforgery;

namespace Archive.Api.Web.Staff;

/// <summary>Who is looking at a staff page (name, role) and the antiforgery token every form of the page carries.</summary>
public sealed record StaffViewer(string Name, string Role, string? AntiforgeryToken)
{
    /// <summary>The hidden field's name (ASP.NET Core's default); its value is checked on every post.</summary>
    public const string AntiforgeryFieldName = "__RequestVerificationToken";

    public bool SignedIn => Name.Length > 0;

    public string RoleLabel => ArchiveRoles.Label(Role);

    /// <summary>Whether the role passes <paramref name="policy"/>: decides which buttons and forms the page shows.</summary>
    public bool Can(string policy) => SignedIn && AccessPolicies.Allows(policy, Role);

    public static StaffViewer From(HttpContext context)
    {
        var token = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken;
        var user = context.User;
        return user.Identity?.IsAuthenticated == true
            ? new StaffViewer(user.Identity.Name ?? "", user.FindFirstValue(ClaimTypes.Role) ?? "", token)
            : new StaffViewer("", "", token);
    }
}
