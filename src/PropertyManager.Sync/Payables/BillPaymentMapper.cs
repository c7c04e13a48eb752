using PropertyManager.Buildium.Bills;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Common;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Payables;

/// <summary>
/// Bill payment (<see cref="BillPaymentMessage"/>) ↔ <see cref="BillPayment"/> (table <c>bill_payments</c>).
/// <c>EntryDate</c> → <c>date</c>, <c>CheckNumber</c> → <c>reference_number</c>, <c>Memo</c> → <c>memo</c>, and
/// <c>amount</c> = the sum of the payment's lines for the bill. Payment lines carry no bill id: when one payment pays
/// several bills, pass the bill the row belongs to and its lines are matched by GL account and accounting entity.
/// Parents: the bank account and the (first) paid bill. Buildium cannot update or delete payments, so a payment is
/// create-only and every column is read-only afterwards.
/// </summary>
public static class BillPaymentMapper
{
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<BillPayment>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<BillPayment>();

    /// <param name="paidBill">The bill this row is for; needed only when the payment pays more than one bill.</param>
    public static void ToLocal(BillPaymentMessage source, BillPayment target, BillMessage? paidBill = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumPaymentId = source.Id;
        target.Date = source.EntryDate;
        target.ReferenceNumber = source.CheckNumber;
        target.Memo = source.Memo;
        target.Amount = AmountFor(source, paidBill);
        ColumnLengths.Fit(target);
    }

    public static BuildiumParents Parents(BillPaymentMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BuildiumParents
        {
            BankAccountId = BuildiumParents.Id(source.BankAccountId),
            BillId = BuildiumParents.Id(source.PaidBillIds?.FirstOrDefault()),
        };
    }

    /// <summary>The part of the payment that went to <paramref name="paidBill"/> (all of it when it paid one bill).</summary>
    public static decimal AmountFor(BillPaymentMessage source, BillMessage? paidBill = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Lines ?? [];
        if (paidBill is null || source.PaidBillIds is not { Count: > 1 })
        {
            return lines.Sum(l => l.Amount);
        }

        var billLines = paidBill.Lines ?? [];
        return lines
            .Where(l => billLines.Any(b =>
                b.GLAccount?.Id == l.GLAccountId
                && b.AccountingEntity?.Id == l.AccountingEntity?.Id
                && b.AccountingEntity?.Unit?.Id == l.AccountingEntity?.UnitId))
            .Sum(l => l.Amount);
    }

    /// <summary>
    /// The create message (<c>POST /v1/bills/{billId}/payments</c>). The amount is spread over the bill's lines in
    /// order, each up to its line amount less <paramref name="alreadyPaid"/> (what earlier payments covered, taken from
    /// the first lines). Throws when the amount exceeds what is left on the bill.
    /// </summary>
    public static BillPaymentPostMessage ToPost(BillPayment source, int bankAccountBuildiumId, BillMessage bill, decimal alreadyPaid = 0m)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bill);
        var remaining = source.Amount is > 0 ? source.Amount.Value
            : throw new InvalidOperationException($"Bill payment {source.Id} has no positive amount.");
        var credit = alreadyPaid;
        var lines = new List<BillPaymentLinePostMessage>();
        foreach (var line in bill.Lines ?? [])
        {
            var open = line.Amount;
            var covered = Math.Min(open, credit);
            credit -= covered;
            open -= covered;
            if (open <= 0 || remaining <= 0)
            {
                continue;
            }

            var pay = Math.Min(open, remaining);
            lines.Add(new BillPaymentLinePostMessage { BillLineId = line.Id, Amount = pay });
            remaining -= pay;
        }

        if (remaining > 0)
        {
            throw new InvalidOperationException(
                $"Bill payment {source.Id} is {remaining:0.00} more than what is left to pay on bill {bill.Id}.");
        }

        return new BillPaymentPostMessage
        {
            BankAccountId = bankAccountBuildiumId,
            EntryDate = source.Date ?? throw new InvalidOperationException($"Bill payment {source.Id} has no date, which Buildium requires."),
            Memo = source.Memo,
            CheckNumber = source.ReferenceNumber,
            Lines = lines,
        };
    }
}
