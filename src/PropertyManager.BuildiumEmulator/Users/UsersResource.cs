using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Users;

/// <summary>/v1/users: read-only (the API offers no writes), with roleids, usertypes, status, name and email filters.</summary>
internal sealed class UsersResource(ResourceContext context) : ResourceKind<UserMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/users";

    public override string Name => "users";

    public override string NotFoundMessage => "No user found with the id.";

    public override RecordStore<UserMessage> Store => Data.Users;

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<UserMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.IntIn<UserMessage>("roleids", u => u.UserRole?.Id),
                query => QueryReader.EnumSet(query, "usertypes", BuildiumEnums.AccountUserType) is { } types
                    ? r => r.Value.UserTypes?.Any(types.Contains) == true
                    : null,
                ListFilters.EnumEquals<UserMessage>("status", BuildiumEnums.UserStatus, u => u.IsActive == true ? "Active" : "Inactive"),
                ListFilters.Contains<UserMessage>("name", u => [u.FirstName, u.LastName, $"{u.FirstName} {u.LastName}", u.CompanyName]),
                ListFilters.Contains<UserMessage>("email", u => [u.Email]),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
    }
}
