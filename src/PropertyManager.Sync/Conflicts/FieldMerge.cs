using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Metadata;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Sync.Conflicts;

/// <summary>
/// Field-level three-way merge shared by the push (before a PUT) and the pull (before an upsert). Only the fields
/// Buildium and the app both hold are compared: not the keys, timestamps, local-only or write-only fields, nor the
/// local foreign keys (the engine resolves those from Buildium ids; a unit cannot change property, for instance).
/// </summary>
public static class FieldMerge
{
    private static readonly string[] _never = ["Id", "CreatedAt", "UpdatedAt"];

    public static IReadOnlyList<IProperty> ComparedFields(IEntityType entityType, SyncKindRule rule)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(rule);
        return [.. entityType.GetProperties().Where(p =>
            p.PropertyInfo is not null
            && !_never.Contains(p.Name)
            && p.Name != rule.BuildiumIdProperty
            && !rule.LocalOnlyFields.Contains(p.Name)
            && !rule.WriteOnlyFields.Contains(p.Name)
            && (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) != typeof(Guid))];
    }

    public static MergeResult Compare(IReadOnlyList<IProperty> fields, object mine, object theirs, object? @base)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var local = new HashSet<string>(StringComparer.Ordinal);
        var buildium = new HashSet<string>(StringComparer.Ordinal);
        var contested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var m = Get(field, mine);
            var t = Get(field, theirs);
            var localChanged = @base is null ? !Same(m, t) : !Same(m, Get(field, @base));
            var buildiumChanged = @base is not null && !Same(t, Get(field, @base));
            if (localChanged)
            {
                local.Add(field.Name);
            }

            if (buildiumChanged)
            {
                buildium.Add(field.Name);
            }

            if (localChanged && buildiumChanged && !Same(m, t))
            {
                contested.Add(field.Name);
            }
        }

        return new MergeResult { LocalChanged = local, BuildiumChanged = buildium, Contested = contested };
    }

    public static void Copy(IReadOnlyList<IProperty> fields, IEnumerable<string> names, object from, object to)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields.Where(f => names.Contains(f.Name)))
        {
            field.PropertyInfo!.SetValue(to, field.PropertyInfo.GetValue(from));
        }
    }

    /// <summary>A detached copy of every mapped property of <paramref name="entity"/>.</summary>
    public static T Clone<T>(IEntityType entityType, T entity)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(entityType);
        var copy = new T();
        foreach (var property in entityType.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            property.PropertyInfo!.SetValue(copy, property.PropertyInfo.GetValue(entity));
        }

        return copy;
    }

    /// <summary>The named fields' values as a JSON object keyed by property name (what <c>sync_conflicts</c> keeps).</summary>
    public static JsonDocument Values(IReadOnlyList<IProperty> fields, IEnumerable<string> names, object entity)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var values = new JsonObject();
        foreach (var field in fields.Where(f => names.Contains(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            // A contested tax id or bank number is kept encrypted, like its column (sync_conflicts is shown on a page).
            var value = Get(field, entity);
            values[field.Name] = field.IsSensitive() && value is string text ? SensitiveData.Protect(text) : JsonSerializer.SerializeToNode(value, field.ClrType);
        }

        return JsonSerializer.SerializeToDocument(values);
    }

    /// <summary>Reads <see cref="Values"/> back onto an entity, converting each value to its property's type.</summary>
    public static IReadOnlyList<string> Apply(IEntityType entityType, JsonDocument values, object entity)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        ArgumentNullException.ThrowIfNull(values);
        var applied = new List<string>();
        foreach (var item in values.RootElement.EnumerateObject())
        {
            if (entityType.FindProperty(item.Name) is { PropertyInfo: { } info } property)
            {
                var value = item.Value.Deserialize(property.ClrType);
                info.SetValue(entity, property.IsSensitive() && value is string text ? SensitiveData.Unprotect(text) : value);
                applied.Add(item.Name);
            }
        }

        return applied;
    }

    private static object? Get(IProperty field, object entity) => field.PropertyInfo!.GetValue(entity);

    /// <summary>Equal values; blank and null text are the same (Buildium and forms disagree on empty strings).</summary>
    private static bool Same(object? a, object? b)
    {
        a = a is string sa && string.IsNullOrEmpty(sa) ? null : a;
        b = b is string sb && string.IsNullOrEmpty(sb) ? null : b;
        return (a, b) switch
        {
            (JsonDocument x, JsonDocument y) => x.RootElement.GetRawText() == y.RootElement.GetRawText(),
            _ => StructuralComparisons.StructuralEqualityComparer.Equals(a, b),
        };
    }
}
