using System.Security.Claims;

namespace Archive.Api.Audit;

/// <summary>Who did something and from where, taken from the request.</summary>
public sealed record AuditActor(string User, string? Role, string? RemoteIp)
{
    public const string Anonymous = "ẩn danh";

    public static AuditActor From(HttpContext context) => new(
        context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? Anonymous : Anonymous,
        context.User.FindFirstValue(ClaimTypes.Role),
        context.Connection.RemoteIpAddress?.ToString());

    /// <summary>For commands run on the server itself.</summary>
    public static AuditActor Console(string user) => new(user, null, "console");
}
