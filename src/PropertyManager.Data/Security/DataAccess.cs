namespace PropertyManager.Data.Security;

/// <summary>
/// What the database lets one connection see and change, handed to PostgreSQL as session settings that the row
/// level security policies read (<c>pm.access</c>, <c>pm.user_id</c>, <c>pm.can_write</c>). A connection without
/// them sees nothing of the portfolio.
/// </summary>
public sealed record DataAccess
{
    private DataAccess(string access, string? userId, bool canWrite)
    {
        Access = access;
        UserId = userId;
        CanWrite = canWrite;
    }

    /// <summary>Every row: administrators, the sync, background services and the command line.</summary>
    public static DataAccess All { get; } = new("all", null, true);

    /// <summary>Only storing Buildium webhook events: the anonymous webhook endpoint.</summary>
    public static DataAccess Webhook { get; } = new("webhook", null, false);

    /// <summary>Nothing of the portfolio: requests of anonymous users.</summary>
    public static DataAccess None { get; } = new("none", null, false);

    /// <summary><c>all</c>, <c>scoped</c>, <c>webhook</c> or <c>none</c>.</summary>
    public string Access { get; }

    /// <summary>The signed-in user whose property assignments (<c>user_property_access</c>) bound a scoped connection.</summary>
    public string? UserId { get; }

    /// <summary>False makes the database refuse a scoped connection's writes (viewers).</summary>
    public bool CanWrite { get; }

    /// <summary>The properties assigned to <paramref name="userId"/> and what hangs off them.</summary>
    public static DataAccess Scoped(string userId, bool canWrite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new DataAccess("scoped", userId, canWrite);
    }
}
