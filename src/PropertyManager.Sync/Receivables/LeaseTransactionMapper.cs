using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Data.Common;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Receivables;

/// <summary>
/// Ledger entry (<see cref="LeaseTransactionMessage"/>, from a lease's transactions) → <see cref="LeaseTransaction"/>
/// (table <c>lease_transactions</c>), parent: the lease. The memo is the journal's; the payer is resolved from
/// Buildium's tenant id by the pull (<c>LeaseLedgerPull</c>).
/// </summary>
public static class LeaseTransactionMapper
{
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<LeaseTransaction>();

    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<LeaseTransaction>();

    public static void ToLocal(LeaseTransactionMessage source, LeaseTransaction target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumTransactionId = source.Id;
        target.TransactionType = Name(source.TransactionTypeEnum) ?? NullIfBlank(source.TransactionType);
        target.Date = source.Date;
        target.TotalAmount = source.TotalAmount;
        target.Memo = source.Journal?.Memo;
        target.CheckNumber = source.CheckNumber;
        target.PaymentMethod = source.PaymentMethod;
        ColumnLengths.Fit(target);
    }

    /// <summary>The lease the entry was read through: the message's own lease id is optional in Buildium's schema.</summary>
    public static BuildiumParents Parents(int leaseId, LeaseTransactionMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BuildiumParents { LeaseId = BuildiumParents.Id(source.LeaseId) ?? BuildiumParents.Id(leaseId) };
    }
}
