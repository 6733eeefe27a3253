using Microsoft.AspNetCore.Authorization;

namespace Archive.Api.Access;

/// <summary>
/// What each role may do, as authorization policies. Admin is in every policy. <see cref="Read"/> is
/// also the fallback policy: an endpoint that says nothing is staff-only, never accidentally public.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Read internal documents, list and search them.</summary>
    public const string Read = "read";
    public const string Upload = "upload";
    public const string EditMetadata = "edit-metadata";
    public const string Publish = "publish";
    /// <summary>The audit trail, integrity checks and exports.</summary>
    public const string Audit = "audit";
    public const string Administer = "administer";
    /// <summary>Lập hồ sơ: create dossiers and put documents in them (closing and reopening is for admins).</summary>
    public const string FileRecords = "file-records";

    public static readonly IReadOnlyDictionary<string, string[]> Roles = new Dictionary<string, string[]>
    {
        [Read] = [ArchiveRoles.Admin, ArchiveRoles.Clerk, ArchiveRoles.Official, ArchiveRoles.Auditor, ArchiveRoles.Publisher],
        [Upload] = [ArchiveRoles.Admin, ArchiveRoles.Clerk],
        [EditMetadata] = [ArchiveRoles.Admin, ArchiveRoles.Clerk],
        [Publish] = [ArchiveRoles.Admin, ArchiveRoles.Publisher],
        [Audit] = [ArchiveRoles.Admin, ArchiveRoles.Auditor],
        [Administer] = [ArchiveRoles.Admin],
        [FileRecords] = [ArchiveRoles.Admin, ArchiveRoles.Clerk],
    };

    public static void AddTo(AuthorizationOptions options)
    {
        foreach (var (name, roles) in Roles)
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        options.FallbackPolicy = options.GetPolicy(Read);
    }

    /// <summary>Whether a user with <paramref name="role"/> passes <paramref name="policy"/> (for showing buttons).</summary>
    public static bool Allows(string policy, string? role) => role is not null && Roles[policy].Contains(role, StringComparer.Ordinal);
}
