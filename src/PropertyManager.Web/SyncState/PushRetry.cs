using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Sync;
using PropertyManager.Sync.Runs;

namespace PropertyManager.Web.SyncState;

/// <summary>
/// "Retry now" on a record's page: queues its push again and asks the sync worker for a push-only run at once (the
/// worker pushes under the sync's own access, as every push does), then waits a little for the outcome so the page can
/// say what happened instead of "at the next scheduled run".
/// </summary>
public sealed class PushRetry(AppDbContext db, SyncTrigger trigger, IOptions<SyncOptions> options, TimeProvider time)
{
    private static readonly TimeSpan _wait = TimeSpan.FromSeconds(20);

    /// <summary>The outcome in plain words, and whether it went through.</summary>
    public async Task<(bool Pushed, string Message)> RunAsync(string kind, Guid id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = db.SyncStatuses.Where(s => s.EntityType == kind && s.EntityId == id);
        // As the admin's Failed page does: pending is claimed at once; a POST whose outcome is unknown keeps its note.
        var queued = await rows.Where(s => s.SyncStatus == SyncStates.Failed || s.SyncStatus == SyncStates.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.SyncStatus, SyncStates.Pending)
                .SetProperty(x => x.ErrorMessage, x => x.ErrorMessage!.StartsWith(OutboxNotes.OutcomeUnknownPrefix) ? x.ErrorMessage : null)
                .SetProperty(x => x.UpdatedAt, now),
            cancellationToken);
        if (queued == 0)
        {
            return (true, "Nothing to send: this record has no change waiting for Buildium.");
        }

        if (!options.Value.Enabled)
        {
            return (false, "Queued again. The sync worker is off on this server, so it goes with the next sync run (sync verb or scheduler).");
        }

        await trigger.RequestAsync(new SyncRequest("retry", PushOnly: true), cancellationToken);
        var deadline = time.GetUtcNow() + _wait;
        while (time.GetUtcNow() < deadline)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
            var state = await rows.AsNoTracking().Select(s => new { s.SyncStatus, s.ErrorMessage }).FirstOrDefaultAsync(cancellationToken);
            if (state is null || state.SyncStatus == SyncStates.Synced)
            {
                return (true, "Sent to Buildium: it accepted the record.");
            }

            if (state.SyncStatus == SyncStates.Failed)
            {
                return (false, "Buildium refused it again; what it said is below.");
            }
        }

        return (false, "Queued again; the sync worker is busy with another run and sends it as soon as that ends.");
    }
}
