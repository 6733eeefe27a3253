using Archive.Api.Access;
using Archive.Api.Audit;
using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Apis;

public static class UsersApi
{
    /// <summary>What an admin sees of a user: never the key or its hash.</summary>
    public sealed record UserSummary(string Name, string Role, DateTimeOffset CreatedAt, bool Revoked, DateTimeOffset? RevokedAt);

    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(AccessPolicies.Administer);
        users.MapGet("/", List).WithName("ListUsers").WithSummary("Users, their roles, when they were added and whether their key is revoked");
        users.MapDelete("/{name}", Revoke).WithName("RevokeUser")
            .WithSummary("Revoke a user's key at once (audited); the last active admin cannot be revoked");
        return app;
    }

    public static Ok<List<UserSummary>> List(UserDirectory users) => TypedResults.Ok(Summaries(users));

    public static List<UserSummary> Summaries(UserDirectory users) => users.Users
        .OrderBy(u => u.CreatedAt)
        .Select(u => new UserSummary(u.Name, u.Role, u.CreatedAt, !u.Active, u.RevokedAt))
        .ToList();

    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string name, UserDirectory users, HttpContext context) =>
        await users.RevokeAsync(name = UserNames.FromRoute(name), AuditActor.From(context), CancellationToken.None) switch
        {
            UserRevocation.NotFound => Problems.Make(StatusCodes.Status404NotFound, "Không tìm thấy người dùng", Describe(UserRevocation.NotFound, name)),
            UserRevocation.LastAdmin => Problems.Make(StatusCodes.Status409Conflict, "Không thể thu hồi", Describe(UserRevocation.LastAdmin, name)),
            _ => TypedResults.NoContent(),
        };

    /// <summary>The Vietnamese sentence a person reads after a revocation attempt (staff page and command).</summary>
    public static string Describe(UserRevocation outcome, string name) => outcome switch
    {
        UserRevocation.Revoked => $"Đã thu hồi khóa của '{name}': khóa không còn dùng được.",
        UserRevocation.AlreadyRevoked => $"Khóa của '{name}' đã bị thu hồi từ trước.",
        UserRevocation.NotFound => $"Không có người dùng nào tên '{name}'.",
        _ => $"'{name}' là quản trị viên cuối cùng còn hiệu lực; hãy thêm một quản trị viên khác trước khi thu hồi khóa này.",
    };
}
