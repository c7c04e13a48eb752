using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Errors;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Pull;

/// <summary>
/// The pull of one kind, the same for every kind: stream Buildium's pages, skip records whose payload hash is
/// unchanged, map, resolve parents to local ids, upsert a batch and its synced state in one transaction, and after a
/// full scan mark what Buildium no longer has as inactive.
/// </summary>
public sealed partial class PullKind<TDto, TEntity> : IPullKind
    where TEntity : class, new()
{
    private const int BatchSize = 1000;
    private static readonly string[] _neverOwned = ["Id", "CreatedAt", "UpdatedAt"];
    private IReadOnlyCollection<string>? _owned;

    public required string Name { get; init; }

    public required IncrementalFilter Filter { get; init; }

    /// <summary>The entity property holding the Buildium id (its kind's <see cref="SyncFieldRules"/>); table and column come from the EF model.</summary>
    public string KeyProperty { get; } = SyncFieldRules.For(typeof(TEntity))?.BuildiumIdProperty
        ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no sync field rules.");

    /// <summary>
    /// Reads Buildium; a full window must return everything. It may use the DbContext only before its first record: the
    /// batches are written while it is read.
    /// </summary>
    public required Func<PullContext, PullWindow, CancellationToken, IAsyncEnumerable<TDto>> Fetch { get; init; }

    /// <summary>Reads one record by its Buildium id (null for kinds only reachable through their parent).</summary>
    public Func<PullContext, int, CancellationToken, Task<TDto>>? FetchOne { get; init; }

    public required Func<TDto, int> Id { get; init; }

    public required Action<TDto, TEntity> Map { get; init; }

    public Func<TDto, BuildiumParents>? Parents { get; init; }

    /// <summary>
    /// For a kind read under its parents: the parent's kind, whose records are marked read
    /// (<see cref="SyncRecordStore.MarkChildrenReadAsync"/>) as their children are committed.
    /// </summary>
    public string? ParentKind { get; init; }

    /// <summary>Columns Buildium has no field for (by default the kind's <c>SyncFieldRules</c>): the pull never writes them, so local values survive.</summary>
    public IReadOnlyCollection<string> LocalOnly { get; init; } = FieldRules.NotPulled<TEntity>();

    /// <summary>The boolean property set to false for records a full scan no longer finds (null: record only).</summary>
    public string? ActiveProperty { get; init; }

    /// <summary>
    /// Buildium has no active flag for this kind: a record it lists is active (the pull sets <see cref="ActiveProperty"/>
    /// to true), one a full scan misses is not.
    /// </summary>
    public bool ListedMeansActive { get; init; }

    /// <summary>Sets foreign keys the generic parents cannot (e.g. a file's history entry), from the run's context.</summary>
    public Func<PullContext, TDto, TEntity, CancellationToken, Task>? Resolve { get; init; }

    /// <summary>Sets values for a whole batch at once, after <see cref="Resolve"/> and before its transaction (one query, not one a row).</summary>
    public Func<PullContext, IReadOnlyList<(TDto Dto, TEntity Entity)>, CancellationToken, Task>? ResolveBatch { get; init; }

    /// <summary>Local-only columns a new row takes from the entity (<see cref="ResolveBatch"/> derives them); an existing row's stay.</summary>
    public IReadOnlyCollection<string> InsertOnly { get; init; } = [];

    /// <summary>Work in the same transaction after each batch (ownership rows, cache tables).</summary>
    public Func<PullContext, IReadOnlyList<(TDto Dto, TEntity Entity)>, UpsertResult, CancellationToken, Task>? AfterBatch { get; init; }

    public async Task PullAsync(PullContext context, PullWindow window, KindCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(counts);
        var child = Filter == IncrementalFilter.Child;
        // Progress: a list's size comes with its first page; children count their parents instead (ChildFetch).
        using var totals = child ? null : BuildiumListTotals.Observe(total => counts.Total ??= total);
        context.Progress = child ? counts : null;
        context.ChildReads = child && ParentKind is not null ? new ChildReadMarks() : null;
        try
        {
            await PullFromAsync(context, Fetch(context, window, cancellationToken), window.IsFull && !child, counts, cancellationToken);
        }
        finally
        {
            context.Progress = null;
            context.ChildReads = null;
        }
    }

    public async Task PullOneAsync(PullContext context, int buildiumId, KindCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(counts);
        if (FetchOne is null)
        {
            throw new NotSupportedException($"{Name} records are read through their parent; resync the parent instead.");
        }

        TDto dto;
        try
        {
            dto = await FetchOne(context, buildiumId, cancellationToken);
        }
        catch (BuildiumNotFoundException)
        {
            counts.Deactivated += await DeactivateAsync(context, [buildiumId], cancellationToken);
            return;
        }

        await PullFromAsync(context, One(dto), deactivateMissing: false, counts, cancellationToken);
    }

    private async Task PullFromAsync(PullContext context, IAsyncEnumerable<TDto> source, bool deactivateMissing, KindCounts counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var seen = new HashSet<int>();
        var read = new List<(TDto Dto, int Id, string Hash, byte[] Payload)>(BatchSize);
        var marks = context.ChildReads;
        // A batch is written while the next one is read and fingerprinted: the write waits mostly on PostgreSQL and the
        // read is this process's work, so on two cores they overlap instead of taking turns. Only the write uses the
        // DbContext; the two touch different counters.
        var writing = Task.CompletedTask;
        // Children also commit every ChildCommitInterval, so the parents done are marked (and a restart skips them)
        // while the next child is still on its way, even through a run of parents without any child.
        var sinceCommit = System.Diagnostics.Stopwatch.StartNew();
        long consumed = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var items = source.GetAsyncEnumerator(stop.Token);
        Task<bool>? next = null;
        try
        {
            Task? tick = null;
            while (true)
            {
                next ??= items.MoveNextAsync().AsTask();
                if (marks is not null && !next.IsCompleted)
                {
                    tick ??= Task.Delay(context.ChildCommitInterval, stop.Token);
                    if (await Task.WhenAny(next, tick) == tick)
                    {
                        tick = null;
                        cancellationToken.ThrowIfCancellationRequested();
                        if (sinceCommit.Elapsed >= context.ChildCommitInterval && writing.IsCompleted)
                        {
                            await writing;
                            writing = StartWrite(read, consumed);
                            read = new List<(TDto Dto, int Id, string Hash, byte[] Payload)>(BatchSize);
                        }

                        continue;
                    }
                }

                var more = await next;
                next = null;
                if (!more)
                {
                    break;
                }

                var dto = items.Current;
                consumed++;
                counts.Read++;
                if (Filter != IncrementalFilter.Child)
                {
                    counts.AddProcessed();
                }

                var id = Id(dto);
                seen.Add(id);
                var (hash, payload) = context.Records.Fingerprint(dto);
                read.Add((dto, id, hash, payload));
                if (read.Count == BatchSize || (marks is not null && sinceCommit.Elapsed >= context.ChildCommitInterval && writing.IsCompleted))
                {
                    await writing;
                    writing = StartWrite(read, consumed);
                    read = new List<(TDto Dto, int Id, string Hash, byte[] Payload)>(BatchSize);
                }
            }

            await writing;
            // Every parent is done once the source ended: all of them are marked with the last batch.
            if (read.Count > 0 || marks is not null)
            {
                await WriteChangedAsync(context, read, counts, consumed, cancellationToken);
            }
        }
        finally
        {
            // Reading failed while a batch was being written: the DbContext is free again before the caller records the
            // failure, which is the reading's (the write's own failure, if any, is observed and dropped).
            if (!writing.IsCompleted)
            {
                await writing.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            // A read still in flight (the write failed meanwhile) is stopped and awaited: the source cannot be disposed mid-read.
            if (next is not null)
            {
                await stop.CancelAsync();
                await next.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }

            await items.DisposeAsync();
        }

        if (deactivateMissing)
        {
            counts.Deactivated += await DeactivateMissingAsync(context, seen, cancellationToken);
        }

        Task StartWrite(List<(TDto Dto, int Id, string Hash, byte[] Payload)> batch, long through)
        {
            sinceCommit.Restart();
            return Task.Run(() => WriteChangedAsync(context, batch, counts, through, cancellationToken), cancellationToken);
        }
    }

    /// <summary>Writes the records of a chunk whose payload hash differs from the stored one (all of them in a full run).</summary>
    /// <param name="through">How many records the read had yielded up to this chunk's last: parents whose children all lie
    /// within those are marked read once the chunk is committed.</param>
    private async Task WriteChangedAsync(
        PullContext context, List<(TDto Dto, int Id, string Hash, byte[] Payload)> read, KindCounts counts, long through, CancellationToken cancellationToken)
    {
        if (read.Count == 0)
        {
            await MarkParentsReadAsync(context, through, cancellationToken);
            return;
        }

        var known = await context.Records.LoadHashesAsync(Name, [.. read.Select(r => r.Id)], cancellationToken);
        var changed = new List<(TDto Dto, int Id, string Hash, byte[] Payload)>(read.Count);
        var differs = new List<int>(read.Count);
        foreach (var record in read)
        {
            var same = known.TryGetValue(record.Id, out var previous) && previous == record.Hash;
            if (!same)
            {
                differs.Add(record.Id);
            }

            // A full run writes every record anyway: it repairs local drift that no hash would show.
            if (same && !context.Full)
            {
                counts.Unchanged++;
            }
            else
            {
                changed.Add(record);
            }
        }

        if (changed.Count > 0)
        {
            await WriteBatchAsync(context, changed, counts, cancellationToken);
        }

        // Children are read under the parents Buildium changed, in a full run too unless it asks for all of them: a
        // parent whose record is as it was has had no child added or changed (Buildium stamps the parent), and a
        // payment that leaves its bill untouched is found through the ledger, as in incremental runs.
        context.ChangedIn(Name).UnionWith(context.AllChildren ? changed.Select(c => c.Id) : differs);
        await MarkParentsReadAsync(context, through, cancellationToken);
    }

    /// <summary>Marks the parents whose children are all committed now (every child up to <paramref name="through"/>).</summary>
    private async Task MarkParentsReadAsync(PullContext context, long through, CancellationToken cancellationToken)
    {
        if (context.ChildReads is { } marks && ParentKind is { } parentKind)
        {
            await context.Records.MarkChildrenReadAsync(parentKind, marks.TakeThrough(through), cancellationToken);
        }
    }

#pragma warning disable CS1998 // An async iterator over one item.
    private static async IAsyncEnumerable<TDto> One(TDto dto)
#pragma warning restore CS1998
    {
        yield return dto;
    }

    private async Task WriteBatchAsync(
        PullContext context, List<(TDto Dto, int Id, string Hash, byte[] Payload)> batch, KindCounts counts, CancellationToken cancellationToken)
    {
        var rows = new List<(TDto Dto, TEntity Entity)>(batch.Count);
        var entityType = context.Db.Model.FindEntityType(typeof(TEntity))!;
        foreach (var item in batch)
        {
            var entity = new TEntity();
            MapLocal(entityType, item.Dto, entity);
            if (Parents is not null)
            {
                await SetParentsAsync(context, entityType, entity, Parents(item.Dto), cancellationToken);
            }

            if (Resolve is not null)
            {
                await Resolve(context, item.Dto, entity, cancellationToken);
            }

            rows.Add((item.Dto, entity));
        }

        if (ResolveBatch is not null)
        {
            await ResolveBatch(context, rows, cancellationToken);
        }

        await using var transaction = await context.Db.Database.BeginTransactionAsync(cancellationToken);
        await context.PendingCreates.LinkAsync(Name, KeyProperty, rows.Select(r => r.Entity).ToList(), cancellationToken);
        await context.Conflicts.FilterAsync(Name, KeyProperty, Map, rows, batch.Select(b => (b.Id, b.Payload)).ToList(), cancellationToken);
        var result = await context.Upserter.UpsertAsync(rows.Select(r => r.Entity).ToList(), KeyProperty, Owned(entityType), InsertOnly, cancellationToken);
        await context.Records.SaveAsync(Name, batch.Select(b => (b.Id, b.Hash, b.Payload)).ToList(), cancellationToken);
        if (AfterBatch is not null)
        {
            await AfterBatch(context, rows, result, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        context.Parents.Remember(typeof(TEntity), result.LocalIds);
        counts.Created += result.Created;
        counts.Updated += result.Updated;
        counts.Unchanged += result.Unchanged;
    }

    private IReadOnlyCollection<string> Owned(IEntityType entityType) =>
        _owned ??= entityType.GetProperties()
            .Select(p => p.Name)
            .Where(n => !_neverOwned.Contains(n) && (!LocalOnly.Contains(n) || (ListedMeansActive && n == ActiveProperty)))
            .ToHashSet(StringComparer.Ordinal);

    private void MapLocal(IEntityType entityType, TDto dto, TEntity entity)
    {
        Map(dto, entity);
        if (ListedMeansActive && ActiveProperty is not null)
        {
            entityType.FindProperty(ActiveProperty)!.PropertyInfo!.SetValue(entity, true);
        }
    }

    /// <summary>
    /// Sets each foreign key the entity has for a parent Buildium named (<c>PropertyId</c>, <c>UnitId</c>...): the EF
    /// model's foreign key says which table it points at.
    /// </summary>
    private static async Task SetParentsAsync(PullContext context, IEntityType entityType, TEntity entity, BuildiumParents parents, CancellationToken cancellationToken)
    {
        foreach (var (property, buildiumId) in parents.All())
        {
            if (buildiumId is null || entityType.FindProperty(property) is not { PropertyInfo: { } info } foreignKey)
            {
                continue;
            }

            var parent = foreignKey.GetContainingForeignKeys().FirstOrDefault()?.PrincipalEntityType.ClrType
                ?? throw new InvalidOperationException($"{entityType.ClrType.Name}.{property} has no foreign key in the model.");
            info.SetValue(entity, await context.Parents.FindAsync(parent, buildiumId, cancellationToken));
        }
    }

    private async Task<int> DeactivateMissingAsync(PullContext context, HashSet<int> seen, CancellationToken cancellationToken)
    {
        var seenIds = seen.ToArray();
        var gone = await context.Db.SyncRecords
            .Where(r => r.Kind == Name && r.DeletedInBuildiumAt == null && !seenIds.Contains(r.BuildiumId))
            .Select(r => r.BuildiumId)
            .ToListAsync(cancellationToken);
        return gone.Count == 0 ? 0 : await DeactivateAsync(context, gone, cancellationToken);
    }

    /// <summary>Records that Buildium no longer has these ids and marks the local rows inactive where the table can say so.</summary>
    private async Task<int> DeactivateAsync(PullContext context, List<int> gone, CancellationToken cancellationToken)
    {
        await context.Records.MarkDeletedAsync(Name, gone, cancellationToken);
        if (ActiveProperty is null)
        {
            return gone.Count;
        }

        // Never a hard delete: local records (leases, bills, history) may depend on it.
        var entityType = context.Db.Model.FindEntityType(typeof(TEntity))!;
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, null);
        var active = entityType.FindProperty(ActiveProperty)!.GetColumnName(store);
        var key = entityType.FindProperty(KeyProperty)!.GetColumnName(store);
#pragma warning disable EF1002 // Identifiers come from the EF model, values are parameters.
        return await context.Db.Database.ExecuteSqlRawAsync(
            $"UPDATE \"{entityType.GetTableName()}\" SET \"{active}\" = false WHERE \"{key}\" = ANY({{0}}) AND \"{active}\" IS DISTINCT FROM false",
            [gone.ToArray()], cancellationToken);
#pragma warning restore EF1002
    }
}
