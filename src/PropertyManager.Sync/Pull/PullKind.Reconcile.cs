using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PropertyManager.Sync.Reconcile;

namespace PropertyManager.Sync.Pull;

/// <summary>The reconciliation of one kind: the pull's own mapping, compared instead of written.</summary>
public sealed partial class PullKind<TDto, TEntity>
{
    private const int MaxIdsListed = 1000;

    public async Task<KindReconciliation> ReconcileAsync(PullContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var entityType = context.Db.Model.FindEntityType(typeof(TEntity))!;
        var key = entityType.FindProperty(KeyProperty)!;
        var owned = Owned(entityType).Select(entityType.FindProperty).OfType<IProperty>().Where(p => p != key).ToList();
        var seen = new HashSet<int>();
        var different = new List<int>();
        var missingLocally = new List<int>();
        var batch = new List<TDto>(BatchSize);

        await foreach (var dto in Fetch(context, PullWindow.Everything, cancellationToken).WithCancellation(cancellationToken))
        {
            batch.Add(dto);
            if (batch.Count == BatchSize)
            {
                await CompareAsync(batch);
                batch.Clear();
            }
        }

        await CompareAsync(batch);

        var localIds = await LocalIdsAsync(context, entityType, key, cancellationToken);
        var missingInBuildium = localIds.Where(id => !seen.Contains(id)).Order().ToList();
        return new KindReconciliation(Name, seen.Count, localIds.Count, Cap(missingLocally), Cap(missingInBuildium), Cap(different));

        async Task CompareAsync(List<TDto> dtos)
        {
            if (dtos.Count == 0)
            {
                return;
            }

            var ids = dtos.Select(Id).ToList();
            var local = (await LoadAsync(context, key, ids, cancellationToken)).ToDictionary(e => (int)key.GetGetter().GetClrValue(e)!);
            var entityTypeForParents = context.Db.Model.FindEntityType(typeof(TEntity))!;
            foreach (var dto in dtos)
            {
                var id = Id(dto);
                seen.Add(id);
                if (!local.TryGetValue(id, out var existing))
                {
                    missingLocally.Add(id);
                    continue;
                }

                var expected = new TEntity();
                MapLocal(entityTypeForParents, dto, expected);
                if (Parents is not null)
                {
                    await SetParentsAsync(context, entityTypeForParents, expected, Parents(dto), cancellationToken);
                }

                if (Resolve is not null)
                {
                    await Resolve(context, dto, expected, cancellationToken);
                }

                if (owned.Any(p => !ValueComparer.Same(p.GetGetter().GetClrValue(expected), p.GetGetter().GetClrValue(existing))))
                {
                    different.Add(id);
                }
            }
        }
    }

    private static List<int> Cap(List<int> ids) => ids.Count <= MaxIdsListed ? ids : ids.GetRange(0, MaxIdsListed);

    private static async Task<List<TEntity>> LoadAsync(PullContext context, IProperty key, List<int> ids, CancellationToken cancellationToken)
    {
        var entity = Expression.Parameter(typeof(TEntity), "e");
        var value = Expression.Convert(Expression.Property(entity, key.PropertyInfo!), typeof(int?));
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int?)],
            Expression.Constant(ids.Select(i => (int?)i).ToList()), value);
        return await context.Db.Set<TEntity>().AsNoTracking()
            .Where(Expression.Lambda<Func<TEntity, bool>>(contains, entity))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Local rows that claim a Buildium id (placeholders of unpushed creates are negative) and still count as live (not inactive, not recorded as deleted).</summary>
    private async Task<HashSet<int>> LocalIdsAsync(PullContext context, IEntityType entityType, IProperty key, CancellationToken cancellationToken)
    {
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, null);
        var column = key.GetColumnName(store);
        var active = ActiveProperty is null ? "" : $" AND \"{entityType.FindProperty(ActiveProperty)!.GetColumnName(store)}\" IS DISTINCT FROM false";
#pragma warning disable EF1003 // Identifiers come from the EF model; the kind is a parameter.
        var ids = await context.Db.Database.SqlQueryRaw<int>(
            $"SELECT \"{column}\" AS \"Value\" FROM \"{entityType.GetTableName()}\" t WHERE \"{column}\" > 0{active} " +
            $"AND NOT EXISTS (SELECT 1 FROM sync_records r WHERE r.kind = {{0}} AND r.buildium_id = t.\"{column}\" AND r.deleted_in_buildium_at IS NOT NULL)",
            Name).ToListAsync(cancellationToken);
#pragma warning restore EF1003
        return ids.ToHashSet();
    }
}
