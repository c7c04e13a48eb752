using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PropertyManager.Buildium;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Client;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// Processes one batch of stored webhook events: claims the oldest due ones (skipping rows another instance holds),
/// re-reads each distinct record they name once, however many events name it, and marks every event processed or
/// failed (with back-off, until its <c>max_retries</c>) in the claim's transaction.
/// </summary>
public sealed partial class WebhookEventProcessor(
    AppDbContext db,
    PullContextFactory pulls,
    IBuildiumResponseCache cache,
    IOptions<WebhookProcessorOptions> options,
    ILogger<WebhookEventProcessor> logger)
{
    public Task<WebhookBatchResult> ProcessBatchAsync(CancellationToken cancellationToken) => ProcessAsync(onlyId: null, cancellationToken);

    /// <summary>
    /// Makes an event (by row id or <c>event_id</c>) due again with a fresh retry budget and processes it now
    /// (unless another instance's processor takes it first). Returns its row id, null when no such event exists.
    /// </summary>
    public async Task<Guid?> ReplayAsync(string idOrEventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrEventId);
        var rowId = Guid.TryParse(idOrEventId, out var parsed) ? parsed : (Guid?)null;
        var id = await db.WebhookEvents
            .Where(e => e.Id == rowId || e.EventId == idOrEventId)
            .Select(e => (Guid?)e.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (id is null)
        {
            return null;
        }

        var now = DateTimeOffset.UtcNow;
        await db.WebhookEvents.Where(e => e.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(e => e.Processed, false)
                .SetProperty(e => e.ProcessedAt, (DateTimeOffset?)null)
                .SetProperty(e => e.RetryCount, 0)
                .SetProperty(e => e.ErrorMessage, (string?)null)
                .SetProperty(e => e.UpdatedAt, now),
            cancellationToken);
        await ProcessAsync(id, cancellationToken);
        return id;
    }

    private async Task<WebhookBatchResult> ProcessAsync(Guid? onlyId, CancellationToken cancellationToken)
    {
        await using var claim = await WebhookClaim.ClaimAsync(db.Database.GetConnectionString()!, options.Value, onlyId, cancellationToken);
        if (claim.Events.Count == 0)
        {
            return WebhookBatchResult.Empty;
        }

        var plans = claim.Events.Select(e => (Event: e, Plan: Plan(e))).ToList();
        var errors = await PullTargetsAsync(plans.Select(p => p.Plan).ToList(), cancellationToken);

        var processed = new List<Guid>();
        var failed = new List<Guid>();
        foreach (var noted in plans.Where(p => !p.Plan.Malformed && p.Plan.Targets.Count == 0).GroupBy(p => p.Plan.Note))
        {
            await claim.MarkProcessedAsync([.. noted.Select(p => p.Event.Id)], noted.Key, cancellationToken);
            processed.AddRange(noted.Select(p => p.Event.Id));
        }

        foreach (var malformed in plans.Where(p => p.Plan.Malformed).GroupBy(p => p.Plan.Note!))
        {
            await claim.MarkFailedAsync([.. malformed.Select(p => p.Event.Id)], malformed.Key, permanent: true, cancellationToken);
            failed.AddRange(malformed.Select(p => p.Event.Id));
        }

        var routed = plans.Where(p => p.Plan.Targets.Count > 0).ToList();
        var succeeded = routed.Where(p => p.Plan.Targets.All(t => errors[t] is null)).Select(p => p.Event.Id).ToList();
        await claim.MarkProcessedAsync(succeeded, null, cancellationToken);
        processed.AddRange(succeeded);
        foreach (var failure in routed.Where(p => p.Plan.Targets.Any(t => errors[t] is not null))
                     .GroupBy(p => string.Join("; ", p.Plan.Targets.Select(t => errors[t]).OfType<string>().Distinct())))
        {
            await claim.MarkFailedAsync([.. failure.Select(p => p.Event.Id)], failure.Key, permanent: false, cancellationToken);
            failed.AddRange(failure.Select(p => p.Event.Id));
            foreach (var exhausted in failure.Where(p => p.Event.RetryCount + 1 >= p.Event.MaxRetries))
            {
                LogExhausted(exhausted.Event.Id, exhausted.Event.EventType, exhausted.Event.MaxRetries, failure.Key);
            }
        }

        await claim.CommitAsync(cancellationToken);
        return new WebhookBatchResult(claim.Events.Count, processed, failed, errors.Count);
    }

    /// <summary>Each distinct target once, parents' kinds before their children's; the error per target (null: done).</summary>
    private async Task<Dictionary<WebhookTarget, string?>> PullTargetsAsync(List<WebhookEventPlan> plans, CancellationToken cancellationToken)
    {
        var order = SyncCatalog.Kinds.Select((k, i) => (k.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        var targets = plans.SelectMany(p => p.Targets).Distinct().OrderBy(t => order.GetValueOrDefault(t.Kind, int.MaxValue)).ToList();
        var errors = new Dictionary<WebhookTarget, string?>();
        var parents = new ParentLookup(db);
        // Like the sync, compare with Buildium as it is now, never with a cached copy of reference data.
        using (BuildiumCacheBypass.Begin())
        {
            foreach (var target in targets)
            {
                var deletedChildren = plans
                    .Where(p => p.Deleted && p.ChildId is not null && p.Targets.Contains(target))
                    .Select(p => p.ChildId!.Value)
                    .ToList();
                var context = pulls.Create(full: false, parents);
                try
                {
                    await WebhookTargetPull.PullAsync(context, target, deletedChildren, cancellationToken);
                    errors[target] = null;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    errors[target] = $"{target.Kind} {target.Id}: {ex.Message}";
                    LogTargetFailed(ex, target.Kind, target.Id);
                    db.ChangeTracker.Clear();
                }
            }
        }

        foreach (var kind in targets.Where(t => errors[t] is null).Select(t => t.Kind).Distinct())
        {
            // Reference data the client caches: a change must not wait for the cache to expire.
            if (SyncCatalog.Find(kind)?.CachedEndpoint is { } endpoint)
            {
                await cache.InvalidateAsync(BuildiumCachedEndpoints.KeyPrefix(endpoint), cancellationToken);
            }
        }

        return errors;
    }

    private static WebhookEventPlan Plan(ClaimedWebhookEvent claimed)
    {
        try
        {
            using var payload = JsonDocument.Parse(claimed.EventData ?? "null");
            return WebhookRoutes.Plan(claimed.EventType, payload.RootElement);
        }
        catch (JsonException ex)
        {
            return WebhookEventPlan.Invalid("Stored payload is not JSON: " + ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook processing: re-reading {Kind} {BuildiumId} failed")]
    private partial void LogTargetFailed(Exception exception, string kind, int buildiumId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook event {EventId} ({EventType}) failed {MaxRetries} times and stays failed until replayed: {Error}")]
    private partial void LogExhausted(Guid eventId, string? eventType, int maxRetries, string error);
}
