using PropertyManager.Buildium.Banking;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Common;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Accounting;

/// <summary>
/// Bank account (<see cref="BankAccountMessage"/>) ↔ <see cref="BankAccount"/> (table <c>bank_accounts</c>).
/// Parent: the GL account Buildium keeps for it (<c>GLAccount.Id</c>, column <c>gl_account</c>). The account number is
/// the unmasked one when Buildium sends it, else the masked one (<c>xxxx1234</c>); a masked number is never written
/// back. Buildium's <c>Balance</c> goes to <c>buildium_balance</c>; the local <c>balance</c> is the app's own.
/// </summary>
public static class BankAccountMapper
{
    /// <summary>Buildium computes the balance, creates the GL account, and its PUT has no <c>IsActive</c>.</summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<BankAccount>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<BankAccount>();

    public static void ToLocal(BankAccountMessage source, BankAccount target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumBankId = source.Id;
        target.Name = source.Name ?? string.Empty;
        target.Description = source.Description;
        target.BankAccountType = Name(source.BankAccountType);
        target.AccountNumber = NullIfBlank(source.AccountNumberUnmasked) ?? source.AccountNumber;
        target.RoutingNumber = source.RoutingNumber;
        target.IsActive = source.IsActive;
        target.BuildiumBalance = source.Balance;
        ColumnLengths.Fit(target);
    }

    public static BuildiumParents Parents(BankAccountMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BuildiumParents { GlAccountId = BuildiumParents.Id(source.GLAccount?.Id) };
    }

    /// <summary>The create message. The local table has no country, which Buildium requires: pass it (enum name).</summary>
    public static BankAccountPostMessage ToPost(BankAccount source, string country = "UnitedStates")
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BankAccountPostMessage
        {
            Name = source.Name,
            Description = source.Description,
            BankAccountType = ToEnum(source.BankAccountType, BankAccountType.Checking),
            Country = country,
            AccountNumber = IsMasked(source.AccountNumber) ? null : source.AccountNumber,
            RoutingNumber = source.RoutingNumber,
        };
    }

    /// <summary>Copies the editable columns onto a PUT built from the current account (check printing, country kept).</summary>
    public static void ApplyTo(BankAccount source, BankAccountPutMessage target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Name = source.Name;
        target.Description = source.Description;
        if (!string.IsNullOrWhiteSpace(source.BankAccountType))
        {
            target.BankAccountType = ToEnum(source.BankAccountType, BankAccountType.Checking);
        }

        // A masked number is what Buildium showed us, not a new number: keep the PUT's (unmasked) one.
        if (!IsMasked(source.AccountNumber))
        {
            target.AccountNumber = source.AccountNumber;
        }

        target.RoutingNumber = source.RoutingNumber;
    }

    /// <summary>True for Buildium's masked form, e.g. <c>xxxxx6789</c>.</summary>
    public static bool IsMasked(string? accountNumber) =>
        accountNumber is not null && accountNumber.AsSpan().IndexOfAny("xX*") >= 0;
}
