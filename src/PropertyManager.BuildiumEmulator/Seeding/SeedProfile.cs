namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>How much data a seed size produces.</summary>
internal sealed record SeedProfile(
    int Properties,
    int UnitsPerProperty,
    int Owners,
    int Leases,
    int BankAccounts,
    int Vendors,
    int Bills,
    int Tasks,
    int WorkOrders)
{
    public static SeedProfile? For(string? seedSize) => seedSize?.ToUpperInvariant() switch
    {
        "NONE" => null,
        "LARGE" => new SeedProfile(Properties: 1_000, UnitsPerProperty: 20, Owners: 10_000, Leases: 20_000, BankAccounts: 12, Vendors: 600, Bills: 30_000, Tasks: 20_000, WorkOrders: 20_000),
        // More than one page (and one sync batch) of the big kinds, small enough for a test.
        "MEDIUM" => new SeedProfile(Properties: 60, UnitsPerProperty: 40, Owners: 2_100, Leases: 2_200, BankAccounts: 4, Vendors: 30, Bills: 60, Tasks: 60, WorkOrders: 60),
        "DEMO" or null or "" => new SeedProfile(Properties: 5, UnitsPerProperty: 4, Owners: 8, Leases: 15, BankAccounts: 3, Vendors: 10, Bills: 20, Tasks: 20, WorkOrders: 10),
        _ => throw new ArgumentException($"Unknown seed size '{seedSize}'. Use none, demo, medium or large.", nameof(seedSize)),
    };
}
