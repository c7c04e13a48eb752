namespace PropertyManager.Data.Staff;

/// <summary>
/// A Buildium staff user (table <c>buildium_staff_users</c>, the app's cache of <c>GET /v1/users?usertypes=Staff</c>):
/// the people task and work order assignees are picked from. Buildium owns them; the sync replaces the list each run.
/// </summary>
public sealed class StaffUser
{
    public int BuildiumUserId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? CompanyName { get; set; }
    public string? Email { get; set; }
    public bool IsActive { get; set; }
    public DateTimeOffset RefreshedAt { get; set; }

    /// <summary>The name a person recognises: first and last name, else the company, else the email.</summary>
    public string DisplayName =>
        string.Join(' ', new[] { FirstName, LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name
            ? name
            : CompanyName ?? Email ?? $"User {BuildiumUserId}";
}
