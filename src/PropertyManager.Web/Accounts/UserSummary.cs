namespace PropertyManager.Web.Accounts;

/// <summary>One user as the list shows it.</summary>
public sealed record UserSummary(Guid Id, string Email, string? Role, UserStatus Status, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);
