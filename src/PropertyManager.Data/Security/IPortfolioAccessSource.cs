namespace PropertyManager.Data.Security;

/// <summary>Hands <see cref="AppDbContext"/> the <see cref="PortfolioAccess"/> of whoever it works for.</summary>
public interface IPortfolioAccessSource
{
    PortfolioAccess Current { get; }
}

/// <summary>An access that never changes: the sync, background services, the command line, tests.</summary>
public sealed class FixedPortfolioAccessSource(PortfolioAccess access) : IPortfolioAccessSource
{
    public static FixedPortfolioAccessSource System { get; } = new(PortfolioAccess.System);

    public PortfolioAccess Current { get; } = access;
}
