using System.Collections.Frozen;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace PropertyManager.Data.Common;

/// <summary>
/// The VARCHAR lengths of every entity's string columns, read from the EF model (the <c>HasMaxLength</c> of each
/// <c>*Configuration.cs</c> is the only place a length is written). The sync's mappers truncate with
/// <see cref="Fit{TEntity}"/> so a long Buildium value never makes an upsert fail; the forms' validators read
/// <see cref="Of{TEntity}"/> so a form refuses what the column cannot hold.
/// </summary>
public static class ColumnLengths
{
    private static readonly Lazy<FrozenDictionary<Type, (PropertyInfo Property, int MaxLength)[]>> s_byEntity = new(() =>
        Build(ModelWithoutDatabase()));

    /// <summary>The maximum length of <paramref name="property"/> of <typeparamref name="TEntity"/>, or null when unbounded.</summary>
    public static int? Of<TEntity>(string property) =>
        s_byEntity.Value.TryGetValue(typeof(TEntity), out var columns)
            ? columns.Where(c => c.Property.Name == property).Select(c => (int?)c.MaxLength).FirstOrDefault()
            : null;

    /// <summary>
    /// The maximum length of a property that must be bounded: for a validator, where an unbounded column would
    /// mean the form allows anything.
    /// </summary>
    public static int Required<TEntity>(string property) =>
        Of<TEntity>(property) ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{property} has no maximum length.");

    /// <summary>Truncates every bounded string property of <paramref name="entity"/> to its column length.</summary>
    public static TEntity Fit<TEntity>(TEntity entity)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!s_byEntity.Value.TryGetValue(typeof(TEntity), out var columns))
        {
            return entity;
        }

        foreach (var (property, maxLength) in columns)
        {
            if (property.GetValue(entity) is string value && value.Length > maxLength)
            {
                property.SetValue(entity, Truncate(value, maxLength));
            }
        }

        return entity;
    }

    /// <summary>The first <paramref name="maxLength"/> characters, never ending in half a surrogate pair.</summary>
    public static string Truncate(string value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= maxLength)
        {
            return value;
        }

        var cut = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return value[..cut];
    }

    /// <summary>The app's model; building it opens no connection.</summary>
    private static IModel ModelWithoutDatabase()
    {
        using var db = new AppDbContext(AppDbContextOptions.Create("Host=localhost;Database=model_only"));
        return db.Model;
    }

    private static FrozenDictionary<Type, (PropertyInfo Property, int MaxLength)[]> Build(IModel model) =>
        model.GetEntityTypes()
            .Where(e => !e.IsOwned() && e.ClrType != typeof(Dictionary<string, object>))
            .Select(e => (
                e.ClrType,
                Columns: e.GetProperties()
                    .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null && p.PropertyInfo is not null)
                    .Select(p => (p.PropertyInfo!, p.GetMaxLength()!.Value))
                    .ToArray()))
            .Where(e => e.Columns.Length > 0)
            .ToFrozenDictionary(e => e.ClrType, e => e.Columns);
}
