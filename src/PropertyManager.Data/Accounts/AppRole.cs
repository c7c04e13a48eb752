using Microsoft.AspNetCore.Identity;

namespace PropertyManager.Data.Accounts;

/// <summary>One of <see cref="Roles"/>.</summary>
public sealed class AppRole : IdentityRole<Guid>;
