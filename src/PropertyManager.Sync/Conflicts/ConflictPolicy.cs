using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;

namespace PropertyManager.Sync.Conflicts;

/// <summary>
/// Who wins a field both sides changed since the last sync. Financial records follow Buildium, the book of record for
/// money. Elsewhere the newer change wins: the local <c>updated_at</c> against Buildium's <c>LastUpdatedDateTime</c>;
/// Buildium sends that only for leases and tasks, so for the other kinds Buildium wins (we cannot tell which is newer).
/// The loser's values are kept in <c>sync_conflicts</c> either way.
/// </summary>
public static class ConflictPolicy
{
    public static IReadOnlySet<string> BuildiumWinsKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        SyncEntityTypes.BankAccount,
        SyncEntityTypes.GlAccount,
        SyncEntityTypes.Bill,
        SyncEntityTypes.BillPayment,
        SyncEntityTypes.BillCategory,
    };

    /// <summary>One of <see cref="SyncConflictWinners"/>.</summary>
    public static string Winner(string kind, DateTimeOffset? localUpdatedAt, DateTimeOffset? buildiumUpdatedAt) =>
        !BuildiumWinsKinds.Contains(kind) && localUpdatedAt is { } local && buildiumUpdatedAt is { } remote && local > remote
            ? SyncConflictWinners.Local
            : SyncConflictWinners.Buildium;
}
