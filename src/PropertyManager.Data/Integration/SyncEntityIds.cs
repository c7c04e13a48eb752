using System.Globalization;
using PropertyManager.Data.Leases;

namespace PropertyManager.Data.Integration;

/// <summary>
/// <c>buildium_sync_status.entity_id</c> is a UUID, but the lease table's key is a bigserial. A lease id is stored as
/// the UUID whose last twelve hex digits are the id (<c>00000000-0000-0000-0000-{id:x12}</c>): deterministic, readable
/// in psql, and never equal to a random (version 4) UUID of the other tables.
/// </summary>
public static class SyncEntityIds
{
    private const long MaxLeaseId = 0xFFFF_FFFF_FFFF;

    public static Guid FromLeaseId(long leaseId)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leaseId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(leaseId, MaxLeaseId);
        return Guid.ParseExact($"00000000-0000-0000-0000-{leaseId.ToString("x12", CultureInfo.InvariantCulture)}", "D");
    }

    /// <summary>The lease id a <see cref="FromLeaseId"/> UUID stands for; null for any other UUID.</summary>
    public static long? ToLeaseId(Guid entityId)
    {
        var text = entityId.ToString("D");
        return text.StartsWith("00000000-0000-0000-0000-", StringComparison.Ordinal)
            && long.TryParse(text.AsSpan(24), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;
    }

    /// <summary>
    /// A stand-in Buildium id for a new record whose Buildium id column is <c>NOT NULL UNIQUE</c> (bank and GL accounts):
    /// negative, so it never names a Buildium record, and derived from the record's UUID, so two new records do not
    /// collide on the unique key the way two zeros would. The push replaces it with Buildium's id.
    /// </summary>
    public static int Placeholder(Guid entityId)
    {
        Span<byte> bytes = stackalloc byte[16];
        entityId.TryWriteBytes(bytes);
        var value = BitConverter.ToUInt32(bytes) & int.MaxValue;
        return -(int)(value % int.MaxValue) - 1;
    }

    /// <summary>True for an id Buildium gave (positive); null, 0 and <see cref="Placeholder"/> values are not.</summary>
    public static bool IsBuildiumId(int? buildiumId) => buildiumId > 0;

    /// <summary>The <c>entity_id</c> of any synced entity: its UUID key, or a lease's mapped id.</summary>
    public static Guid Of(object entity) => entity switch
    {
        null => throw new ArgumentNullException(nameof(entity)),
        Lease lease => FromLeaseId(lease.Id),
        _ => (Guid)(entity.GetType().GetProperty("Id")?.GetValue(entity)
            ?? throw new ArgumentException($"{entity.GetType().Name} has no Id.", nameof(entity))),
    };
}
