using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Security;

namespace PropertyManager.Data.Common;

/// <summary>
/// The app's SaveChanges steps as one interceptor, run in the order stated here (EF Core would run separate interceptors
/// in registration order, which only a comment could explain):
/// <list type="number">
/// <item><see cref="Guard"/>: the access guard, before anything else adds rows;</item>
/// <item><see cref="Outbox"/>: queues synced records, adding status rows;</item>
/// <item><see cref="Timestamps"/>: stamps every added or changed row, the outbox's status rows included;</item>
/// <item><see cref="OwnershipCaches"/>: last, it reads the keys the outbox assigns.</item>
/// </list>
/// After the save (done, failed or cancelled) each step hears of it in the same order.
/// </summary>
public sealed class SaveChangesPipeline(
    PortfolioWriteGuard guard, OutboxInterceptor outbox, TimestampInterceptor timestamps, OwnershipCacheInterceptor ownershipCaches) : SaveChangesInterceptor
{
    public PortfolioWriteGuard Guard { get; } = guard;

    public OutboxInterceptor Outbox { get; } = outbox;

    public TimestampInterceptor Timestamps { get; } = timestamps;

    public OwnershipCacheInterceptor OwnershipCaches { get; } = ownershipCaches;

    private IEnumerable<SaveChangesInterceptor> Steps => [Guard, Outbox, Timestamps, OwnershipCaches];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        foreach (var step in Steps)
        {
            result = step.SavingChanges(eventData, result);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        foreach (var step in Steps)
        {
            result = await step.SavingChangesAsync(eventData, result, cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        foreach (var step in Steps)
        {
            result = step.SavedChanges(eventData, result);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        foreach (var step in Steps)
        {
            result = await step.SavedChangesAsync(eventData, result, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        foreach (var step in Steps)
        {
            step.SaveChangesFailed(eventData);
        }
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var step in Steps)
        {
            await step.SaveChangesFailedAsync(eventData, cancellationToken);
        }
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        foreach (var step in Steps)
        {
            step.SaveChangesCanceled(eventData);
        }
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var step in Steps)
        {
            await step.SaveChangesCanceledAsync(eventData, cancellationToken);
        }
    }
}
