using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Common;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Accounting;

/// <summary>
/// Buildium has no bill categories: a bill line is categorised by its GL account, and <c>bills.category_id</c> holds
/// the first line's GL account id (see <see cref="BillMapper"/>). So a <see cref="BillCategory"/> (table
/// <c>bill_categories</c>) is pulled from a <see cref="GLAccountMessage"/> (the engine picks which, e.g. expense
/// accounts) and is never pushed: create or rename the GL account instead (<see cref="GlAccountMapper"/>).
/// </summary>
public static class BillCategoryMapper
{
    /// <summary>Everything: bill categories are a read-only view of GL accounts.</summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<BillCategory>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<BillCategory>();

    public static void ToLocal(GLAccountMessage source, BillCategory target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumCategoryId = source.Id;
        target.Name = source.Name;
        target.Description = source.Description;
        target.IsActive = source.IsActive;
        ColumnLengths.Fit(target);
    }

    /// <summary>Always <see cref="BuildiumParents.None"/>.</summary>
    public static BuildiumParents Parents(GLAccountMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return BuildiumParents.None;
    }
}
