using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using PropertyManager.Buildium.Json;
using PropertyManager.Data;

namespace PropertyManager.Sync.Pull;

/// <summary>
/// The last synced state of each Buildium record (<c>sync_records</c>): a hash of its canonical JSON, so a full
/// scan skips records that did not change, and the JSON itself, the base for conflict detection, with its tax ids and
/// bank numbers encrypted (<see cref="SensitivePayload"/>).
/// </summary>
public sealed class SyncRecordStore(AppDbContext db, BuildiumSerializer serializer)
{
    /// <summary>
    /// The hash of the record's canonical JSON, and the JSON to store (UTF-8), its sensitive values already encrypted.
    /// Kept as bytes, not a parsed document: the batch only writes it, and parsing every record into a document (reader)
    /// and writing the document back out to COPY (writer, the pull's bottleneck) was work on both sides of the pipeline;
    /// conflict detection parses the few records it merges.
    /// </summary>
    public (string Hash, byte[] Payload) Fingerprint<T>(T message)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(message, serializer.Options);
        return (Convert.ToHexString(SHA256.HashData(json)), SensitivePayload.Protect(json));
    }

    /// <summary>
    /// The stored hashes of these records only: an incremental run reads a handful of records of kinds that hold tens
    /// of thousands, and loading every hash of the kind cost more than the read itself.
    /// </summary>
    public async Task<Dictionary<int, string>> LoadHashesAsync(string kind, IReadOnlyCollection<int> buildiumIds, CancellationToken cancellationToken)
    {
        var ids = buildiumIds.ToArray();
        return await db.SyncRecords.AsNoTracking()
            .Where(r => r.Kind == kind && r.DeletedInBuildiumAt == null && ids.Contains(r.BuildiumId))
            .ToDictionaryAsync(r => r.BuildiumId, r => r.PayloadHash, cancellationToken);
    }

    /// <summary>Upserts the synced state of a batch (payloads from <see cref="Fingerprint"/>) inside the caller's transaction.</summary>
    public async Task SaveAsync(string kind, IReadOnlyList<(int BuildiumId, string Hash, byte[] Payload)> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // A stage per connection, emptied at each commit, as BulkUpserter's.
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE IF NOT EXISTS pm_stage_sync_records (LIKE sync_records) ON COMMIT DELETE ROWS; DELETE FROM pm_stage_sync_records;", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY pm_stage_sync_records (kind, buildium_id, payload_hash, payload, synced_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var group in records.GroupBy(r => r.BuildiumId))
            {
                var record = group.Last();
                await writer.StartRowAsync(cancellationToken);
                await writer.WriteAsync(kind, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(record.BuildiumId, NpgsqlDbType.Integer, cancellationToken);
                await writer.WriteAsync(record.Hash, NpgsqlDbType.Varchar, cancellationToken);
                await writer.WriteAsync(record.Payload, NpgsqlDbType.Jsonb, cancellationToken);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using var upsert = new NpgsqlCommand("""
            INSERT INTO sync_records (kind, buildium_id, payload_hash, payload, synced_at)
            SELECT kind, buildium_id, payload_hash, payload, synced_at FROM pm_stage_sync_records
            ON CONFLICT (kind, buildium_id) DO UPDATE
            SET payload_hash = EXCLUDED.payload_hash, payload = EXCLUDED.payload, synced_at = EXCLUDED.synced_at, deleted_in_buildium_at = NULL
            """, connection);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Parents of <paramref name="kind"/> whose children were not read completely against their current state: never,
    /// or before the parent last changed.
    /// </summary>
    public async Task<List<int>> ChildrenDueAsync(string kind, CancellationToken cancellationToken) =>
        await db.SyncRecords.AsNoTracking()
            .Where(r => r.Kind == kind && r.DeletedInBuildiumAt == null && (r.ChildrenReadHash == null || r.ChildrenReadHash != r.PayloadHash))
            .Select(r => r.BuildiumId)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Records that the children of these parents are in the database as Buildium had them for the parent's current
    /// state; call only once the children are committed.
    /// </summary>
    public async Task MarkChildrenReadAsync(string kind, IReadOnlyCollection<int> buildiumIds, CancellationToken cancellationToken)
    {
        if (buildiumIds.Count == 0)
        {
            return;
        }

        var ids = buildiumIds.ToArray();
        await db.SyncRecords
            .Where(r => r.Kind == kind && ids.Contains(r.BuildiumId))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ChildrenReadHash, r => r.PayloadHash), cancellationToken);
    }

    /// <summary>
    /// Makes the children of these parents due again although the parents did not change (a lease whose balance moved:
    /// its ledger did), inside the caller's transaction.
    /// </summary>
    public async Task MarkChildrenDueAsync(string kind, IReadOnlyCollection<int> buildiumIds, CancellationToken cancellationToken)
    {
        if (buildiumIds.Count == 0)
        {
            return;
        }

        var ids = buildiumIds.ToArray();
        await db.SyncRecords
            .Where(r => r.Kind == kind && ids.Contains(r.BuildiumId) && r.ChildrenReadHash != null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ChildrenReadHash, (string?)null), cancellationToken);
    }

    /// <summary>Records that Buildium no longer has these ids (deleted, or absent from a full scan).</summary>
    public Task<int> MarkDeletedAsync(string kind, IReadOnlyCollection<int> buildiumIds, CancellationToken cancellationToken)
    {
        var ids = buildiumIds.ToArray();
        var now = DateTimeOffset.UtcNow;
        return db.SyncRecords
            .Where(r => r.Kind == kind && ids.Contains(r.BuildiumId) && r.DeletedInBuildiumAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.DeletedInBuildiumAt, now), cancellationToken);
    }
}
