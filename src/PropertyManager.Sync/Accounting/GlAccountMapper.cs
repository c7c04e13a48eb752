using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Data.Common;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Accounting;

/// <summary>
/// General ledger account (<see cref="GLAccountMessage"/>) ↔ <see cref="GlAccount"/> (table <c>gl_accounts</c>), every
/// column. The parent account is stored as its Buildium id (<c>buildium_parent_gl_account_id</c>), so
/// <see cref="Parents"/> is empty. Buildium nests sub-accounts one level deep: <see cref="Flatten"/> lists them all.
/// </summary>
public static class GlAccountMapper
{
    /// <summary><c>Type</c> derives from <c>SubType</c>; the flags below are Buildium's own.</summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<GlAccount>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<GlAccount>();

    public static void ToLocal(GLAccountMessage source, GlAccount target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumGlAccountId = source.Id;
        target.AccountNumber = source.AccountNumber;
        target.Name = source.Name ?? string.Empty;
        target.Description = source.Description;
        target.Type = Name(source.Type) ?? string.Empty;
        target.SubType = Name(source.SubType);
        target.IsDefaultGlAccount = source.IsDefaultGLAccount;
        target.DefaultAccountName = source.DefaultAccountName;
        target.IsContraAccount = source.IsContraAccount;
        target.IsBankAccount = source.IsBankAccount;
        target.CashFlowClassification = Name(source.CashFlowClassification);
        target.ExcludeFromCashBalances = source.ExcludeFromCashBalances;
        target.IsActive = source.IsActive;
        target.BuildiumParentGlAccountId = BuildiumParents.Id(source.ParentGLAccountId);
        target.IsCreditCardAccount = source.IsCreditCardAccount;
        ColumnLengths.Fit(target);
    }

    /// <summary>Always <see cref="BuildiumParents.None"/> (see the class remarks).</summary>
    public static BuildiumParents Parents(GLAccountMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return BuildiumParents.None;
    }

    /// <summary>Each account followed by its sub-accounts (recursively), each id once.</summary>
    public static IEnumerable<GLAccountMessage> Flatten(IEnumerable<GLAccountMessage> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var seen = new HashSet<int>();
        var stack = new Stack<GLAccountMessage>(accounts.Reverse());
        while (stack.TryPop(out var account))
        {
            if (!seen.Add(account.Id))
            {
                continue;
            }

            yield return account;
            foreach (var sub in Enumerable.Reverse(account.SubAccounts ?? []))
            {
                stack.Push(sub);
            }
        }
    }

    /// <param name="isCashAsset">
    /// The write-only <c>IsCashAsset</c> (ADR-013); when true, Buildium requires the contra flag and the cash flow
    /// classification to be null.
    /// </param>
    public static GLAccountPostMessage ToPost(GlAccount source, bool? isCashAsset = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new GLAccountPostMessage
        {
            SubType = new(NullIfBlank(source.SubType)
                ?? throw new InvalidOperationException($"GL account {source.Id} has no sub type, which Buildium requires.")),
            Name = source.Name,
            AccountNumber = source.AccountNumber ?? string.Empty,
            Description = source.Description,
            IsCashAsset = isCashAsset,
            IsContraAccount = isCashAsset == true ? null : source.IsContraAccount,
            CashFlowClassification = isCashAsset == true ? null : ToOptionalEnum<CashFlowClassification>(source.CashFlowClassification),
            ParentGLAccountId = source.BuildiumParentGlAccountId,
        };
    }

    /// <summary>
    /// Copies the editable columns onto a PUT built from the current account, with the write-only
    /// <paramref name="isCashAsset"/> Buildium holds (a PUT without it would clear it; ADR-013).
    /// </summary>
    public static void ApplyTo(GlAccount source, GLAccountPutMessage target, bool? isCashAsset)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Name = source.Name;
        if (!string.IsNullOrWhiteSpace(source.SubType))
        {
            target.SubType = new(source.SubType);
        }

        target.AccountNumber = source.AccountNumber;
        target.Description = source.Description;
        target.IsCashAsset = isCashAsset;
        target.IsContraAccount = isCashAsset == true ? null : source.IsContraAccount;
        target.CashFlowClassification = isCashAsset == true ? null : ToOptionalEnum<CashFlowClassification>(source.CashFlowClassification);
        target.ParentGLAccountId = source.BuildiumParentGlAccountId;
    }
}
