using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using PropertyManager.Data.Properties;

namespace PropertyManager.Data.Owners;

/// <summary>
/// Keeps <c>owners_list_cache</c> and <c>property_ownerships_cache</c> true to local edits: when a save adds, changes or
/// deletes owners, ownership rows or properties, the caches of the owners and properties concerned are refreshed with
/// <see cref="OwnershipCaches"/> after EF's commands and before the commit, in the same transaction. Without a caller's
/// transaction the interceptor opens one for the save, so a failing save (or refresh) leaves rows and caches as they were.
/// Writes that bypass the change tracker (the pull's bulk upserts, <c>ExecuteUpdate</c>) call <see cref="OwnershipCaches"/>
/// themselves.
/// </summary>
public sealed class OwnershipCacheInterceptor : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Collect(context) is { } pending)
        {
            pending.Transaction = context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null;
            _pending.AddOrUpdate(context, pending);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Collect(context) is { } pending)
        {
            pending.Transaction = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
            _pending.AddOrUpdate(context, pending);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Take(context) is { } pending)
        {
            try
            {
                pending.AddSaved();
                OwnershipCaches.Refresh(context.Database, pending.Owners, pending.Properties);
                pending.Transaction?.Commit();
            }
            finally
            {
                pending.Transaction?.Dispose();
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Take(context) is { } pending)
        {
            try
            {
                pending.AddSaved();
                await OwnershipCaches.RefreshAsync(context.Database, pending.Owners, pending.Properties, cancellationToken);
                if (pending.Transaction is not null)
                {
                    await pending.Transaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                if (pending.Transaction is not null)
                {
                    await pending.Transaction.DisposeAsync();
                }
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        // Disposing an uncommitted transaction rolls it back: the rows EF wrote before the failure go with it.
        (eventData.Context is { } context ? Take(context) : null)?.Transaction?.Dispose();
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if ((eventData.Context is { } context ? Take(context) : null)?.Transaction is { } transaction)
        {
            await transaction.DisposeAsync();
        }
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        (eventData?.Context is { } context ? Take(context) : null)?.Transaction?.Dispose();

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if ((eventData?.Context is { } context ? Take(context) : null)?.Transaction is { } transaction)
        {
            await transaction.DisposeAsync();
        }
    }

    private Pending? Take(DbContext context)
    {
        if (!_pending.TryGetValue(context, out var pending))
        {
            return null;
        }

        _pending.Remove(context);
        return pending;
    }

    /// <summary>What the save touches; null when it touches nothing the caches summarise.</summary>
    private static Pending? Collect(DbContext context)
    {
        Pending? pending = null;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Owner owner:
                    pending ??= new Pending();
                    pending.Saved.Add(owner);
                    if (entry.State == EntityState.Deleted)
                    {
                        pending.Owners.Add(owner.Id);
                    }

                    break;
                case Ownership ownership:
                    pending ??= new Pending();
                    pending.Saved.Add(ownership);
                    // An ownership row moved to another owner or property leaves the old one's cache rows to remove.
                    if (entry.State != EntityState.Added)
                    {
                        AddIfSet(pending.Owners, entry.Property(nameof(Ownership.OwnerId)).OriginalValue);
                        AddIfSet(pending.Properties, entry.Property(nameof(Ownership.PropertyId)).OriginalValue);
                    }

                    break;
                case Property property when entry.State == EntityState.Deleted:
                    // No cache column comes from a property row, but deleting one cascades to its ownership rows.
                    pending ??= new Pending();
                    pending.Properties.Add(property.Id);
                    break;
            }
        }

        return pending;
    }

    private static void AddIfSet(HashSet<Guid> ids, object? value)
    {
        if (value is Guid id && id != Guid.Empty)
        {
            ids.Add(id);
        }
    }

    private sealed class Pending
    {
        public HashSet<Guid> Owners { get; } = [];

        public HashSet<Guid> Properties { get; } = [];

        /// <summary>Entities read again after the save: database-generated keys and fixed-up foreign keys are known then.</summary>
        public List<object> Saved { get; } = [];

        /// <summary>The transaction opened for this save when the caller had none; committed after the refresh.</summary>
        public IDbContextTransaction? Transaction { get; set; }

        public void AddSaved()
        {
            foreach (var entity in Saved)
            {
                switch (entity)
                {
                    case Owner owner:
                        Owners.Add(owner.Id);
                        break;
                    case Ownership ownership:
                        AddIfSet(Owners, ownership.OwnerId);
                        AddIfSet(Properties, ownership.PropertyId);
                        break;
                }
            }
        }
    }
}
