namespace PropertyManager.Data.Security;

/// <summary>
/// What the signed-in user may see and change, decided by the app from their role and property assignments (not from
/// the database session): the query filters of <see cref="AppDbContext"/> read it, and <see cref="PortfolioWriteGuard"/>
/// checks every save against it. Row level security in PostgreSQL is the second line behind it.
/// </summary>
public sealed record PortfolioAccess
{
    /// <summary>Everything, read and write: administrators, the sync, background services, the command line, tests.</summary>
    public static PortfolioAccess System { get; } = new()
    {
        AllProperties = true,
        CanWritePortfolio = true,
        AllFinance = true,
        CanWriteFinance = true,
        UserId = null,
    };

    /// <summary>Nothing: anonymous requests.</summary>
    public static PortfolioAccess Nothing { get; } = new();

    /// <summary>Every property, also future ones (an admin, or an assignment without a property).</summary>
    public bool AllProperties { get; init; }

    /// <summary>The assigned properties when not <see cref="AllProperties"/>.</summary>
    public IReadOnlyList<Guid> PropertyIds { get; init; } = [];

    /// <summary>May add, change and delete rows of the visible properties (managers).</summary>
    public bool CanWritePortfolio { get; init; }

    /// <summary>Sees every bank account and vendor, not only those the visible properties use (admins, accountants).</summary>
    public bool AllFinance { get; init; }

    /// <summary>May change bank accounts, GL accounts, vendors and the categories (admins, accountants; ADR-014).</summary>
    public bool CanWriteFinance { get; init; }

    /// <summary>Who this is, for the audit of sensitive changes; null for the system.</summary>
    public string? UserId { get; init; }

    public bool SeesProperty(Guid? propertyId) => AllProperties || (propertyId is { } id && PropertyIds.Contains(id));
}
