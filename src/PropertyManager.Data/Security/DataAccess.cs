namespace PropertyManager.Data.Security;

/// <summary>
/// What the database lets one connection see and change. It reaches PostgreSQL as one signed session token
/// (<see cref="SessionToken"/>, setting <c>pm.session</c>) that the row level security policies verify, so a
/// connection cannot claim more than the app signed for it. A connection without a valid token sees nothing.
/// </summary>
public sealed record DataAccess
{
    private DataAccess(string access, string? userId, bool canWrite)
    {
        Access = access;
        UserId = userId;
        CanWrite = canWrite;
    }

    /// <summary>Every row of the portfolio and the sync's own tables: administrators, the sync, background services and the command line.</summary>
    public static DataAccess All { get; } = new("all", null, true);

    /// <summary>Only storing Buildium webhook events: the anonymous webhook endpoint.</summary>
    public static DataAccess Webhook { get; } = new("webhook", null, false);

    /// <summary>Nothing of the portfolio: requests of anonymous users.</summary>
    public static DataAccess None { get; } = new("none", null, false);

    /// <summary>
    /// The accounts (schema <c>identity</c>: users, password hashes, roles, the Data Protection key ring) and nothing
    /// of the portfolio: the sign-in and user administration code, through <c>AccountsDbContext</c> only.
    /// </summary>
    public static DataAccess Accounts { get; } = new("accounts", null, true);

    /// <summary><c>all</c>, <c>scoped</c>, <c>webhook</c>, <c>accounts</c> or <c>none</c>.</summary>
    public string Access { get; }

    /// <summary>The signed-in user whose property assignments (<c>user_property_access</c>) bound a scoped connection.</summary>
    public string? UserId { get; }

    /// <summary>False makes the database refuse a scoped connection's writes (viewers).</summary>
    public bool CanWrite { get; }

    /// <summary>The properties assigned to <paramref name="userId"/> and what hangs off them.</summary>
    public static DataAccess Scoped(string userId, bool canWrite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        // The token separates its fields with '|'; Identity's ids are GUIDs, so this only stops a malformed caller.
        if (userId.Contains(SessionToken.Separator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A user id may not contain '{SessionToken.Separator}'.", nameof(userId));
        }

        return new DataAccess("scoped", userId, canWrite);
    }
}
