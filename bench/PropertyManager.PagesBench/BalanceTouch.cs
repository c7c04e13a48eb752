using Npgsql;
using PropertyManager.Data.Schema;

namespace PropertyManager.PagesBench;

/// <summary>
/// Rewrites one lease balance as it is, as the owner: a committed change under the lease reports, so the next
/// request finds its kept report stale and computes it again (what a manager sees right after a sync).
/// </summary>
internal sealed class BalanceTouch(NpgsqlConnection connection) : IAsyncDisposable
{
    public static async Task<BalanceTouch> OpenAsync(string ownerConnectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        // Every table is FORCEd: the owner signs its session like any other to see rows.
        await using var sign = new NpgsqlCommand(SessionSecurity.SignMigratingSessionSql(), connection);
        await sign.ExecuteNonQueryAsync(cancellationToken);
        return new BalanceTouch(connection);
    }

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var touch = new NpgsqlCommand(
            "UPDATE lease_balances SET as_of = as_of WHERE lease_id = (SELECT min(lease_id) FROM lease_balances)", connection);
        if (await touch.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new InvalidOperationException("No lease balance to touch: the bench needs a synced portfolio.");
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
