using PropertyManager.Buildium.Vendors;
using PropertyManager.Data.Common;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Payables;

/// <summary>
/// Vendor category (<see cref="VendorCategoryMessage"/>) ↔ <see cref="VendorCategory"/> (table
/// <c>vendor_categories</c>). Buildium holds only the name; <c>description</c> and <c>is_active</c> are local.
/// System categories cannot be renamed (<see cref="IsEditable"/>).
/// </summary>
public static class VendorCategoryMapper
{
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<VendorCategory>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<VendorCategory>();

    public static void ToLocal(VendorCategoryMessage source, VendorCategory target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumCategoryId = source.Id;
        target.Name = source.Name;
        ColumnLengths.Fit(target);
    }

    /// <summary>Always <see cref="BuildiumParents.None"/>.</summary>
    public static BuildiumParents Parents(VendorCategoryMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return BuildiumParents.None;
    }

    /// <summary>False for Buildium's system categories, whose name cannot change.</summary>
    public static bool IsEditable(VendorCategoryMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return !source.IsSystemCategory;
    }

    public static VendorCategorySaveMessage ToPost(VendorCategory source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new VendorCategorySaveMessage { Name = source.Name ?? string.Empty };
    }

    public static void ApplyTo(VendorCategory source, VendorCategorySaveMessage target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Name = source.Name ?? string.Empty;
    }
}
