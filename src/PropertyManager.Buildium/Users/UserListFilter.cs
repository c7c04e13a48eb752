using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Users;

/// <summary>Filters of <c>GET /v1/users</c>.</summary>
public sealed class UserListFilter : IBuildiumListFilter
{
    public IReadOnlyCollection<int>? RoleIds { get; init; }

    public IReadOnlyCollection<UserType>? UserTypes { get; init; }

    /// <summary>Without it Buildium returns active and inactive users alike.</summary>
    public ActiveStatus? Status { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public void AppendTo(BuildiumQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query
            .AddMany("roleids", RoleIds)
            .AddMany("usertypes", UserTypes)
            .Add("status", Status)
            .Add("name", Name)
            .Add("email", Email);
    }
}
