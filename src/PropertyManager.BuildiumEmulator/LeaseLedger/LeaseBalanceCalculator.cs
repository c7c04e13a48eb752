using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.LeaseLedger;

/// <summary>
/// A lease's outstanding balance from its ledger: charges minus payments, per GL account, with payments applied to
/// the oldest charges first so what is left unpaid ages by its charge date (0-30, 31-60, 61-90, over 90 days).
/// </summary>
internal static class LeaseBalanceCalculator
{
    public static LeaseOutstandingBalanceMessage Compute(StoredRecord<LeaseMessage> lease, IEnumerable<StoredRecord<LeaseTransactionMessage>> ledger, DateOnly today)
    {
        var charges = new List<LeaseTransactionMessage>();
        var byAccount = new SortedDictionary<int, double>();
        var paid = 0.0;
        foreach (var entry in ledger)
        {
            var transaction = entry.Value;
            var sign = transaction.TransactionTypeEnum == LeaseTransactionsResource.Charge ? 1 : -1;
            if (sign > 0)
            {
                charges.Add(transaction);
            }
            else
            {
                paid += transaction.TotalAmount ?? 0;
            }

            foreach (var line in transaction.Journal?.Lines ?? [])
            {
                var account = line.GLAccount?.Id ?? 0;
                byAccount[account] = byAccount.GetValueOrDefault(account) + (sign * (line.Amount ?? 0));
            }
        }

        var buckets = new double[4];
        foreach (var charge in charges.OrderBy(c => c.Date).ThenBy(c => c.Id))
        {
            var amount = charge.TotalAmount ?? 0;
            var applied = Math.Min(paid, amount);
            paid -= applied;
            var unpaid = amount - applied;
            if (unpaid <= 0)
            {
                continue;
            }

            var age = today.DayNumber - (charge.Date ?? today).DayNumber;
            buckets[age switch { <= 30 => 0, <= 60 => 1, <= 90 => 2, _ => 3 }] += unpaid;
        }

        var total = buckets.Sum() - paid;
        return new LeaseOutstandingBalanceMessage
        {
            LeaseId = lease.Id,
            PropertyId = lease.Value.PropertyId,
            UnitId = lease.Value.UnitId,
            Balance0To30Days = Round(buckets[0]),
            Balance31To60Days = Round(buckets[1]),
            Balance61To90Days = Round(buckets[2]),
            BalanceOver90Days = Round(buckets[3]),
            TotalBalance = Round(total),
            Balances = [.. byAccount.Where(a => Math.Abs(a.Value) >= 0.005).Select(a => new OutstandingBalancesLineMessage { GlAccountId = a.Key, TotalBalance = Round(a.Value) })],
            PastDueEmailSentDate = null,
            EvictionPendingDate = null,
            IsNoticeGiven = false,
        };
    }

    private static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
