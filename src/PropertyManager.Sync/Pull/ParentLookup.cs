using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using PropertyManager.Data;
using PropertyManager.Data.Integration;

namespace PropertyManager.Sync.Pull;

/// <summary>
/// Buildium id to local id of the parent tables, loaded once per run per table and extended as the run upserts
/// parents, so children resolve their foreign keys without a query per row. A parent is named by its entity: the table,
/// its key and its Buildium id column come from the EF model and the kind's <see cref="SyncFieldRules"/>.
/// </summary>
public sealed class ParentLookup(AppDbContext db)
{
    private readonly Dictionary<Type, Dictionary<int, object>> _tables = [];

    public Task<object?> FindAsync<TParent>(int? buildiumId, CancellationToken cancellationToken) =>
        FindAsync(typeof(TParent), buildiumId, cancellationToken);

    public async Task<object?> FindAsync(Type parent, int? buildiumId, CancellationToken cancellationToken)
    {
        if (buildiumId is not { } id)
        {
            return null;
        }

        var ids = await LoadAsync(parent, cancellationToken);
        return ids.GetValueOrDefault(id);
    }

    /// <summary>
    /// The Buildium ids of <typeparamref name="TParent"/> known here now, as a copy: a fetch filtering on it may run
    /// while the batches it feeds are written.
    /// </summary>
    public Task<IReadOnlySet<int>> KnownIdsAsync<TParent>(CancellationToken cancellationToken) =>
        KnownIdsAsync(typeof(TParent), cancellationToken);

    public async Task<IReadOnlySet<int>> KnownIdsAsync(Type parent, CancellationToken cancellationToken) =>
        (await LoadAsync(parent, cancellationToken)).Keys.ToHashSet();

    public void Remember(Type parent, IReadOnlyDictionary<int, object> localIds)
    {
        if (_tables.TryGetValue(parent, out var ids))
        {
            foreach (var (buildiumId, localId) in localIds)
            {
                ids[buildiumId] = localId;
            }
        }
    }

    private async Task<Dictionary<int, object>> LoadAsync(Type parent, CancellationToken cancellationToken)
    {
        if (_tables.TryGetValue(parent, out var cached))
        {
            return cached;
        }

        var entityType = db.Model.FindEntityType(parent) ?? throw new InvalidOperationException($"{parent.Name} is not in the model.");
        var rule = SyncFieldRules.For(parent) ?? throw new InvalidOperationException($"{parent.Name} is not a synced kind.");
        var table = entityType.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
        var buildiumColumn = entityType.FindProperty(rule.BuildiumIdProperty)!.GetColumnName(store);
        var key = entityType.FindPrimaryKey()!.Properties[0].GetColumnName(store);
        var ids = new Dictionary<int, object>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"SELECT \"{buildiumColumn}\", \"{key}\" FROM \"{table}\" WHERE \"{buildiumColumn}\" IS NOT NULL", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids[reader.GetInt32(0)] = reader.GetValue(1);
        }

        _tables[parent] = ids;
        return ids;
    }
}
