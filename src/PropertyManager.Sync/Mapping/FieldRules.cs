using PropertyManager.Data.Integration;

namespace PropertyManager.Sync.Mapping;

/// <summary>
/// A mapper's field lists, read from its kind's <see cref="SyncFieldRules"/>: the one source, in Data, that the outbox's
/// save-time guard reads too (Data cannot reference the mappers, so the facts live there).
/// </summary>
internal static class FieldRules
{
    /// <summary>Fields Buildium reads but a PUT cannot write: the rule's read-only fields and those changed only through their own request.</summary>
    public static IReadOnlySet<string> ReadOnly<TEntity>()
    {
        var rule = Rule<TEntity>();
        return rule.ReadOnlyFields.Concat(rule.SpecialRequestFields).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Fields the pull never writes: local-only ones, and write-only ones Buildium never returns.</summary>
    public static IReadOnlySet<string> NotPulled<TEntity>()
    {
        var rule = Rule<TEntity>();
        return rule.LocalOnlyFields.Concat(rule.WriteOnlyFields).ToHashSet(StringComparer.Ordinal);
    }

    private static SyncKindRule Rule<TEntity>() =>
        SyncFieldRules.For(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no sync field rules.");
}
