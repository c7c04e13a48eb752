using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Errors;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Catalog;

namespace PropertyManager.Sync.Push;

/// <summary>
/// Drains the outbox (<c>buildium_sync_status</c>): claims one due row at a time with <c>FOR UPDATE SKIP LOCKED</c>
/// (parents' kinds first, in <see cref="SyncCatalog.PushOrder"/>, oldest first), pushes it, and records the outcome in the same transaction. The row lock is
/// held while Buildium is called, so a local edit made meanwhile waits and then queues the record again instead of
/// being marked synced unseen, and a second pusher skips the row.
/// </summary>
public sealed partial class PushRunner(AppDbContext db, RecordPusher pusher, IOptions<PushOptions> options, TimeProvider time, ILogger<PushRunner> logger)
{
    private const string RecordSavepoint = "push_record";

    public async Task<PushReport> PushAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, PushKindCounts>(StringComparer.Ordinal);
        var errors = new List<string>();
        var seen = new List<Guid>();
        // Merges and natural-key look-ups compare with Buildium as it is now, never with cached reference data.
        using var fresh = BuildiumCacheBypass.Begin();
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var item = await ClaimAsync(transaction, seen, cancellationToken);
            if (item is null)
            {
                await transaction.CommitAsync(cancellationToken);
                break;
            }

            seen.Add(item.StatusId);
            var kindCounts = counts.TryGetValue(item.Kind, out var existing) ? existing : counts[item.Kind] = new PushKindCounts();
            string? failure = null;
            // One record's failed statement (a unique key, a lookup) must not abort the claim's transaction (25P02): the
            // outcome is still recorded, and the rest of the run goes on.
            await transaction.CreateSavepointAsync(RecordSavepoint, cancellationToken);
            try
            {
                var buildiumId = await pusher.PushAsync(item, cancellationToken);
                if (item.BuildiumId != buildiumId)
                {
                    await pusher.StoreBuildiumIdAsync(item.Kind, item.EntityId, buildiumId, cancellationToken);
                }

                await SetStatusAsync(item, SyncStates.Synced, buildiumId, null, cancellationToken);
                kindCounts.Pushed++;
            }
            catch (PushDeferredException ex)
            {
                kindCounts.Skipped++;
                LogDeferred(item.Kind, item.EntityId, ex.Message);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The failed attempt may have left conflicts or half-written rows, tracked or written: keep none of it.
                db.ChangeTracker.Clear();
                await transaction.RollbackToSavepointAsync(RecordSavepoint, cancellationToken);
                failure = Note(item, ex);
                await SetStatusAsync(item, SyncStates.Failed, item.BuildiumId, failure, cancellationToken);
                kindCounts.Failed++;
                errors.Add($"{item.Kind} {item.EntityId}: {ex.Message}");
                LogFailed(ex, item.Kind, item.EntityId);
            }

            // Conflicts the merge recorded are saved with the outcome, inside the claim's transaction.
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return new PushReport(counts, errors);
    }

    /// <summary>
    /// What <c>error_message</c> says after a failure: Buildium's refusals wait for the next edit; a POST that may have
    /// landed is looked up before any retry; everything else is retried with back-off.
    /// </summary>
    private static string Note(PushItem item, Exception ex) => ex switch
    {
        BuildiumValidationException or PushRejectedException or InvalidOperationException => PushAttemptNote.Rejected(ex.Message),
        BuildiumOutcomeUnknownException => PushAttemptNote.Unknown(item.Attempts + 1, ex.Message),
        // A 2xx to a create whose body could not be read: the record exists in Buildium but its id never arrived.
        BuildiumResponseFormatException when item.BuildiumId is null or 0 => PushAttemptNote.Unknown(item.Attempts + 1, ex.Message),
        _ when item.OutcomeUnknown => PushAttemptNote.Unknown(item.Attempts + 1, ex.Message),
        _ => PushAttemptNote.Retry(item.Attempts + 1, ex.Message),
    };

    private async Task<PushItem?> ClaimAsync(IDbContextTransaction transaction, List<Guid> seen, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand("""
            SELECT id, entity_type, entity_id, buildium_id, error_message
            FROM buildium_sync_status
            WHERE entity_type = ANY(@kinds) AND entity_id IS NOT NULL AND NOT (id = ANY(@seen))
              AND (sync_status = 'pending'
                   OR (sync_status = 'failed' AND error_message ~ @retryable
                       AND updated_at + make_interval(secs => least(@max, @base * power(2, least(30,
                           substring(error_message from 'attempt ([0-9]+)\]')::int - 1)))) <= @now))
            ORDER BY array_position(@kinds, entity_type::text), updated_at, id
            LIMIT 1
            FOR UPDATE SKIP LOCKED
            """, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddWithValue("kinds", SyncCatalog.PushOrder.ToArray());
        command.Parameters.AddWithValue("seen", seen.ToArray());
        command.Parameters.AddWithValue("retryable", PushAttemptNote.RetryablePattern);
        command.Parameters.AddWithValue("base", options.Value.RetryBaseDelay.TotalSeconds);
        command.Parameters.AddWithValue("max", options.Value.RetryMaxDelay.TotalSeconds);
        command.Parameters.AddWithValue("now", time.GetUtcNow());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new PushItem(
            reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2),
            await reader.IsDBNullAsync(3, cancellationToken) ? null : reader.GetInt32(3),
            await reader.IsDBNullAsync(4, cancellationToken) ? null : reader.GetString(4));
    }

    private Task<int> SetStatusAsync(PushItem item, string status, int? buildiumId, string? note, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var synced = status == SyncStates.Synced;
        return db.SyncStatuses.Where(s => s.Id == item.StatusId).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.SyncStatus, status)
                .SetProperty(x => x.BuildiumId, buildiumId)
                .SetProperty(x => x.ErrorMessage, note)
                .SetProperty(x => x.LastSyncedAt, x => synced ? now : x.LastSyncedAt)
                .SetProperty(x => x.UpdatedAt, now),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push of {Kind} {EntityId} failed")]
    private partial void LogFailed(Exception exception, string kind, Guid entityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Push of {Kind} {EntityId} deferred: {Reason}")]
    private partial void LogDeferred(string kind, Guid entityId, string reason);
}
