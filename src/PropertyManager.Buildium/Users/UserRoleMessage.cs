namespace PropertyManager.Buildium.Users;

/// <summary>Buildium <c>UserRoleMessage</c>.</summary>
public sealed class UserRoleMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public long NumberOfUsers { get; set; }
}
