using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Users;

/// <summary>Buildium <c>UserMessage</c> (read shape; users are read-only through the API).</summary>
public sealed class UserMessage
{
    public int Id { get; set; }

    public List<BuildiumEnumValue<UserType>>? UserTypes { get; set; }

    public bool IsActive { get; set; }

    public DateTimeOffset? LastLogin { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? CompanyName { get; set; }

    public string? Email { get; set; }

    public string? AlternateEmail { get; set; }

    public List<PhoneNumberMessage>? PhoneNumbers { get; set; }

    public UserRoleMessage? UserRole { get; set; }

    public bool IsCompany { get; set; }
}
