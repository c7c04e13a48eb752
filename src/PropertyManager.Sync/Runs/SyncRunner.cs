using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PropertyManager.Buildium;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Client;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Push;
using PropertyManager.Sync.Staff;

namespace PropertyManager.Sync.Runs;

/// <summary>
/// One sync run: takes the cluster-wide sync lock, pulls each kind in dependency order from its cursor, records
/// counts and progress in <c>sync_runs</c> as it goes, and moves a kind's cursor only when that kind completed.
/// A failing kind is recorded and the run goes on with the next.
/// </summary>
public sealed partial class SyncRunner(
    AppDbContext db,
    PullContextFactory pulls,
    BuildiumCallCounter calls,
    IOptions<SyncOptions> options,
    IOptions<BuildiumOptions> buildium,
    PushRunner pusher,
    StaffUserRefresh staffUsers,
    TimeProvider time,
    ILogger<SyncRunner> logger)
{
    public Task<SyncRunReport> RunAsync(SyncRequest request, IProgress<IReadOnlyDictionary<string, KindCounts>>? progress, CancellationToken cancellationToken) =>
        RunAsync(request, progress, CancellationToken.None, cancellationToken);

    /// <param name="pause">Fires when other work waits (<see cref="PullContext.Pause"/>): child reads stop after the parents
    /// in flight and the run ends, succeeded, with <see cref="SyncRunReport.Paused"/>.</param>
    public async Task<SyncRunReport> RunAsync(
        SyncRequest request, IProgress<IReadOnlyDictionary<string, KindCounts>>? progress, CancellationToken pause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // A push-only run (a record's "Retry now") pulls nothing: the next scheduled run brings Buildium's view back.
        IReadOnlyList<IPullKind> kinds = request.PushOnly ? []
            : request.Kind is null
            ? [.. SyncCatalog.PullOrder.Select(k => k.Pull)]
            : [SyncCatalog.FindPull(request.Kind) ?? throw new ArgumentException(
                $"Unknown entity kind '{request.Kind}'. Known: {string.Join(", ", SyncCatalog.Kinds.Select(k => k.Name))}.", nameof(request))];

        await using var syncLock = await SyncLock.TryAcquireAsync(db.Database.GetConnectionString()!, cancellationToken);
        if (syncLock is null)
        {
            logger.LogInformation("Sync skipped: another instance holds the sync lock");
            return new SyncRunReport(Guid.Empty, Skipped: true, Succeeded: true, new Dictionary<string, KindCounts>(), 0, []);
        }

        // Runs still marked running were left by a process that died or was stopped mid-run: this one holds the lock now.
        await InterruptAsync(
            db.SyncRuns.Where(r => r.Status == SyncRunStatus.Running),
            "The app running it stopped before it finished; the next run carried on from the last committed batch.",
            cancellationToken);

        var run = new SyncRun
        {
            Trigger = request.Trigger,
            Mode = request.Mode,
            EntityKind = request.Kind,
            BuildiumId = request.BuildiumId,
            StartedAt = time.GetUtcNow(),
            Status = SyncRunStatus.Running,
        };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);

        try
        {
            return await RunKindsAsync(request, kinds, run, progress, pause, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await MarkCancelledAsync(run.Id);
            throw;
        }
    }

    private async Task<SyncRunReport> RunKindsAsync(
        SyncRequest request, IReadOnlyList<IPullKind> kinds, SyncRun run, IProgress<IReadOnlyDictionary<string, KindCounts>>? progress,
        CancellationToken pause, CancellationToken cancellationToken)
    {
        var callsBefore = calls.Attempts;
        var counts = kinds.ToDictionary(k => k.Name, _ => new KindCounts(), StringComparer.Ordinal);
        if (request.BuildiumId is not null)
        {
            foreach (var child in kinds.SelectMany(k => SyncCatalog.ChildrenOf(k.Name)))
            {
                counts.TryAdd(child.Name, new KindCounts());
            }
        }

        // The progress holds these very counters: a page sees them move while a kind runs.
        progress?.Report(counts);
        var errors = new List<string>();
        var context = pulls.Create(full: request.Full || request.Kind is not null, allChildren: request.Children);
        context.Pause = pause;
        // The sync compares with Buildium as it is now, never with a cached copy of reference data.
        using var fresh = BuildiumCacheBypass.Begin();

        // Local changes go out first, so the pull that follows brings back Buildium's view of them.
        if (request.BuildiumId is null)
        {
            await PushAsync(counts, errors, cancellationToken);
            if (request.Kind is null && !request.PushOnly)
            {
                await RefreshStaffUsersAsync(errors, cancellationToken);
            }

            await SaveProgressAsync(run, counts, calls.Attempts - callsBefore, cancellationToken);
            progress?.Report(counts);
        }

        foreach (var kind in kinds)
        {
            var kindCounts = counts[kind.Name];
            var started = time.GetUtcNow();
            try
            {
                if (request.BuildiumId is { } id)
                {
                    await kind.PullOneAsync(context, id, kindCounts, cancellationToken);
                    await SyncCatalog.PullChildrenOfChangedAsync(context, kind.Name, name => counts[name], cancellationToken);
                }
                else
                {
                    var cursor = await db.SyncCursors.AsNoTracking().SingleOrDefaultAsync(c => c.Kind == kind.Name, cancellationToken);
                    if (await FullScanNotDueAsync(kind, cursor, context.Full, started, cancellationToken) is not { } reason)
                    {
                        await AddChildrenDueAsync(kind, context, cancellationToken);
                        await kind.PullAsync(context, Window(kind, cursor, context), kindCounts, cancellationToken);
                        DescribeChildReads(kind, counts, context);
                        if (kindCounts.Paused)
                        {
                            // The cursor stays: the next run reads this kind's window again, and the parents left are still due.
                            kindCounts.Note = string.Create(CultureInfo.InvariantCulture,
                                $"paused after {kindCounts.Processed:N0} of {kindCounts.Total:N0} parents so that waiting work (a push, the scheduled run) could go first; the next run carries on with the rest");
                        }
                        else
                        {
                            await SaveCursorAsync(kind.Name, started, cancellationToken);
                            if (kind.Filter == IncrementalFilter.Ledger)
                            {
                                await SaveCursorAsync(LedgerCursor(kind.Name), started, cancellationToken);
                            }
                        }
                    }
                    else if (kind.Filter == IncrementalFilter.Ledger)
                    {
                        // Between full scans the ledger names what changed; the kind's own cursor keeps the last full scan.
                        var ledger = await db.SyncCursors.AsNoTracking().SingleOrDefaultAsync(c => c.Kind == LedgerCursor(kind.Name), cancellationToken);
                        var since = (ledger?.CompletedFrom ?? cursor!.CompletedFrom!.Value) - options.Value.Overlap;
                        await kind.PullAsync(context, new PullWindow(since), kindCounts, cancellationToken);
                        await SaveCursorAsync(LedgerCursor(kind.Name), started, cancellationToken);
                    }
                    else
                    {
                        // The cursor keeps the time of the last full scan, so the next one falls due on schedule.
                        kindCounts.Skipped = reason;
                    }

                    // The parents whose children are due, known now, so the ETA counts their reads; those beyond the
                    // parents changed in this run were left by an earlier run (stopped or paused).
                    foreach (var child in kinds.Where(k => k.ParentKind == kind.Name))
                    {
                        var changed = context.ChangedIn(kind.Name).Count;
                        await AddChildrenDueAsync(child, context, cancellationToken);
                        counts[child.Name].Resumed = context.ChangedIn(kind.Name).Count - changed;
                    }
                }

                kindCounts.Done = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                kindCounts.Failed++;
                errors.Add($"{kind.Name}: {ex.Message}");
                LogKindFailed(ex, kind.Name);
                db.ChangeTracker.Clear();
            }

            kindCounts.Seconds = Math.Round((time.GetUtcNow() - started).TotalSeconds, 3);
            EstimateChildReads(kinds, counts, context);
            await SaveProgressAsync(run, counts, calls.Attempts - callsBefore, cancellationToken);
            progress?.Report(counts);
        }

        run.FinishedAt = time.GetUtcNow();
        run.Status = errors.Count == 0 ? SyncRunStatus.Succeeded : SyncRunStatus.Failed;
        run.Error = errors.Count == 0 ? null : string.Join(Environment.NewLine, errors);
        await SaveProgressAsync(run, counts, calls.Attempts - callsBefore, cancellationToken);
        return new SyncRunReport(run.Id, Skipped: false, errors.Count == 0, counts, run.ApiCalls, errors);
    }

    /// <summary>
    /// The parents each child kind still to run will read under, as far as the kinds already run tell (for the ETA;
    /// the kind's own fetch sets the exact figure when it starts).
    /// </summary>
    private static void EstimateChildReads(IReadOnlyList<IPullKind> kinds, Dictionary<string, KindCounts> counts, PullContext context)
    {
        foreach (var kind in kinds)
        {
            if (counts[kind.Name] is { Done: false, Failed: 0, Skipped: null } pending && SyncCatalog.Find(kind.Name) is { ParentKind: { } parent } child)
            {
                pending.Total = child.ParentsToRead?.Invoke(context) ?? context.ChangedIn(parent).Count;
            }
        }
    }

    /// <summary>
    /// A child kind reads under the parents changed in this run and under those whose children were not read completely
    /// since they last changed (<c>sync_records.children_read_hash</c>): a run stopped part-way resumes with the parents
    /// not yet done, not with all of them.
    /// </summary>
    private static async Task AddChildrenDueAsync(IPullKind kind, PullContext context, CancellationToken cancellationToken)
    {
        if (kind.ParentKind is { } parent)
        {
            await context.AddChildrenDueAsync(parent, cancellationToken);
        }
    }

    /// <summary>
    /// In the run's summary: how many parents left by an earlier run a child kind carried on under, or in a full run under
    /// how many of the parents read it was read, and why not all.
    /// </summary>
    private static void DescribeChildReads(IPullKind kind, Dictionary<string, KindCounts> counts, PullContext context)
    {
        if (counts[kind.Name].Resumed > 0)
        {
            counts[kind.Name].Note = string.Create(CultureInfo.InvariantCulture,
                $"carried on under {counts[kind.Name].Resumed:N0} parents an earlier run left unread (stopped or paused)");
        }
        else if (context.Full && !context.AllChildren && SyncCatalog.Find(kind.Name) is { ParentKind: { } parent }
            && counts.TryGetValue(parent, out var parents) && counts[kind.Name].Total is { } readUnder && readUnder < parents.Read)
        {
            counts[kind.Name].Note = string.Create(CultureInfo.InvariantCulture,
                $"read under {readUnder:N0} of {parents.Read:N0} {parent} records: the others are unchanged in Buildium since the last run (sync --full --children re-reads all)");
        }
    }

    /// <summary>The assignee list (reference data with no kind of its own); a failure leaves the cached list as it was.</summary>
    private async Task RefreshStaffUsersAsync(List<string> errors, CancellationToken cancellationToken)
    {
        try
        {
            await staffUsers.RefreshAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errors.Add($"staff users: {ex.Message}");
            LogKindFailed(ex, "staff users");
            db.ChangeTracker.Clear();
        }
    }

    private async Task PushAsync(Dictionary<string, KindCounts> counts, List<string> errors, CancellationToken cancellationToken)
    {
        try
        {
            var report = await pusher.PushAsync(cancellationToken);
            foreach (var (kind, pushed) in report.Kinds)
            {
                if (!counts.TryGetValue(kind, out var kindCounts))
                {
                    counts[kind] = kindCounts = new KindCounts();
                }

                kindCounts.Pushed += pushed.Pushed;
                kindCounts.Failed += pushed.Failed;
            }

            errors.AddRange(report.Errors.Select(e => "push: " + e));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            errors.Add("push: " + ex.Message);
            LogKindFailed(ex, "push");
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// Everything on a full run or a first pull; else changes since the cursor, with an overlap for date-times and a day
    /// for dates. Children in a full run without <see cref="PullContext.AllChildren"/> keep their cursor's window: what the
    /// ledger says changed since then (a payment that left its bill untouched).
    /// </summary>
    private PullWindow Window(IPullKind kind, SyncCursor? cursor, PullContext context)
    {
        var full = context.Full && (kind.Filter != IncrementalFilter.Child || context.AllChildren);
        if (full || cursor?.CompletedFrom is not { } from)
        {
            return PullWindow.Everything;
        }

        return kind.Filter switch
        {
            // Children read changes from the cursor too where Buildium can say what changed (bill payments, from the ledger).
            IncrementalFilter.DateTime or IncrementalFilter.Child => new PullWindow(from - options.Value.Overlap),
            IncrementalFilter.Date => new PullWindow(new DateTimeOffset(from.UtcDateTime.Date.AddDays(-1), TimeSpan.Zero)),
            _ => PullWindow.Everything,
        };
    }

    /// <summary>
    /// Why an incremental run leaves out a kind Buildium cannot filter by change (null: read it). Every read of such a
    /// kind is a full scan (bills: 30 pages on a large portfolio), so one is due only every <c>Sync:FullScanInterval</c>
    /// after the last; in between, webhooks bring the kind's changes, and for a <see cref="IncrementalFilter.Ledger"/> kind
    /// (bills) the general ledger names them. A scan of one page costs what any incremental read costs, so such kinds are
    /// scanned every run.
    /// </summary>
    private async Task<string?> FullScanNotDueAsync(IPullKind kind, SyncCursor? cursor, bool full, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var interval = options.Value.FullScanInterval;
        if (full || kind.Filter is not (IncrementalFilter.None or IncrementalFilter.Ledger) || interval <= TimeSpan.Zero || cursor?.CompletedFrom is not { } last || now - last >= interval)
        {
            return null;
        }

        var known = await db.SyncRecords.CountAsync(r => r.Kind == kind.Name && r.DeletedInBuildiumAt == null, cancellationToken);
        if (known <= buildium.Value.PageSize)
        {
            return null;
        }

        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"full scan not due: Buildium has no changed-since filter for this kind; the last scan was {(now - last).TotalMinutes:0} min ago and Sync:FullScanInterval is {interval}; webhooks bring changes in between");
    }

    /// <summary>The cursor row of a <see cref="IncrementalFilter.Ledger"/> kind's reading of the ledger (its own row keeps the last full scan).</summary>
    private static string LedgerCursor(string kind) => kind + ".ledger";

    private async Task SaveCursorAsync(string kind, DateTimeOffset started, CancellationToken cancellationToken)
    {
        var cursor = await db.SyncCursors.SingleOrDefaultAsync(c => c.Kind == kind, cancellationToken);
        if (cursor is null)
        {
            db.SyncCursors.Add(cursor = new SyncCursor { Kind = kind });
        }

        cursor.CompletedFrom = started;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A cancelled run (the app shutting down, a CLI run stopped) says so rather than staying "running".</summary>
    private async Task MarkCancelledAsync(Guid runId)
    {
        try
        {
            db.ChangeTracker.Clear();
            await InterruptAsync(
                db.SyncRuns.Where(r => r.Id == runId), "Stopped before it finished (the app shut down or the run was cancelled).", CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The database went away too: the next run's sweep marks it.
            LogMarkFailed(ex, runId);
        }
    }

    private Task<int> InterruptAsync(IQueryable<SyncRun> runs, string reason, CancellationToken cancellationToken) =>
        runs.ExecuteUpdateAsync(
            s => s.SetProperty(r => r.Status, SyncRunStatus.Interrupted).SetProperty(r => r.FinishedAt, time.GetUtcNow()).SetProperty(r => r.Error, reason),
            cancellationToken);

    private async Task SaveProgressAsync(SyncRun run, Dictionary<string, KindCounts> counts, long apiCalls, CancellationToken cancellationToken)
    {
        run.ApiCalls = (int)Math.Min(apiCalls, int.MaxValue);
        run.Counts = JsonSerializer.SerializeToDocument(counts);
        db.SyncRuns.Update(run);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not mark the cancelled sync run {RunId} as interrupted")]
    private partial void LogMarkFailed(Exception exception, Guid runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pull of {Kind} failed")]
    private partial void LogKindFailed(Exception exception, string kind);
}
