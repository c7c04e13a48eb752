namespace PropertyManager.Data.Accounts;

/// <summary>The four roles, seeded by the accounts migrations. A user has exactly one.</summary>
public static class Roles
{
    /// <summary>Everything, including user accounts and the sync administration pages.</summary>
    public const string Admin = "Admin";

    /// <summary>Reads and edits the portfolio.</summary>
    public const string Manager = "Manager";

    /// <summary>Reads only.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Owns the shared financial records: every bank account, GL account, vendor and category (ADR-014); reads the assigned properties.</summary>
    public const string Accountant = "Accountant";

    public static IReadOnlyList<string> All { get; } = [Admin, Manager, Viewer, Accountant];

    /// <summary>The role's canonical spelling for any casing of its name, or null when there is no such role.</summary>
    public static string? Find(string? name) => All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
