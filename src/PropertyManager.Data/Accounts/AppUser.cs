using Microsoft.AspNetCore.Identity;

namespace PropertyManager.Data.Accounts;

/// <summary>A person who signs in. The user name is the e-mail address.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public DateTimeOffset CreatedAt { get; set; }
}
