using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.LeaseLedger;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>
/// Rent schedules for every lease, and for active leases up to six months of rent charges (due on the 1st) with the
/// tenants' payments, dated relative to the real today so balances and aging show on any day the emulator runs.
/// Active leases take turns through the delinquency classes (six of ten paid up, then one each owing the latest one,
/// two, three and four or more months), so every aging bucket has leases in it even in the demo seed.
/// </summary>
internal static class LeaseLedgerSeeder
{
    private const int MonthsOfHistory = 6;

    private static readonly string[] _paymentMethods = ["Check", "DirectDeposit", "ElectronicPayment", "Cash", "MoneyOrder"];

    public static void Seed(SeedContext seed, DateOnly today)
    {
        var data = seed.Data;
        var rentAccountId = data.GlAccounts.All().FirstOrDefault(a => a.Value.DefaultAccountName == "Rent Income")?.Id;
        if (rentAccountId is not { } glAccountId)
        {
            return;
        }

        var activeIndex = 0;
        foreach (var lease in data.Leases.All())
        {
            var amount = lease.Value.AccountDetails?.Rent ?? 1500;
            var from = lease.Value.LeaseFromDate ?? today;
            var dueDay = lease.Value.PaymentDueDay ?? 1;
            seed.Put(data.Rents, new RentMessage
            {
                LeaseId = lease.Id,
                StartDate = from,
                EndDate = lease.Value.LeaseToDate,
                TotalAmount = amount,
                RentCycle = "Monthly",
                BackdateCharges = false,
                CreatedDateTime = lease.Value.CreatedDateTime,
                CreatedByUserId = 1,
                LastUpdatedDateTime = lease.Value.CreatedDateTime,
                Charges =
                [
                    new LeaseRentChargeMessage
                    {
                        Id = data.RentChargeIds.Next(),
                        GLAccountId = glAccountId,
                        Amount = amount,
                        Memo = "Rent",
                        FirstChargeDate = FirstDueOnOrAfter(from, dueDay),
                        PostDaysInAdvance = 0,
                        DueOnDayOfTheMonth = dueDay,
                    },
                ],
            }, lease.Id, lease.Value.CreatedDateTime ?? lease.LastUpdatedUtc);

            if (lease.Value.LeaseStatus == "Active" && lease.Value.CurrentTenants is { Count: > 0 } tenants)
            {
                SeedLedger(seed, lease, tenants[0].Id, glAccountId, amount, dueDay, today, activeIndex++);
            }
        }
    }

    private static void SeedLedger(SeedContext seed, StoredRecord<LeaseMessage> lease, int? payeeTenantId, int glAccountId, double amount, int dueDay, DateOnly today, int index)
    {
        var data = seed.Data;
        var from = lease.Value.LeaseFromDate ?? today;
        var dueDates = new List<DateOnly>();
        for (var due = DueInMonth(today, dueDay); dueDates.Count < MonthsOfHistory && due >= from; due = DueInMonth(due.AddMonths(-1), dueDay))
        {
            if (due <= today)
            {
                dueDates.Insert(0, due);
            }
        }

        // Months left unpaid, newest first: 0 for six leases in ten, then 1, 2, 3 and 4+ (as far as the history goes).
        var unpaidMonths = (index % 10) switch { <= 5 => 0, 6 => 1, 7 => 2, 8 => 3, _ => MonthsOfHistory };
        var paidCount = Math.Max(0, dueDates.Count - unpaidMonths);
        for (var i = 0; i < dueDates.Count; i++)
        {
            var due = dueDates[i];
            var charge = LeaseTransactionsResource.NewCharge(lease, due, "Rent", [(glAccountId, amount, null)]);
            seed.Put(data.LeaseTransactions, charge, lease.Id, Noon(due));
            var partial = i == paidCount && unpaidMonths == 1 && seed.Random.Chance(0.5);
            if (i >= paidCount && !partial)
            {
                continue;
            }

            var paidOn = due.AddDays(seed.Random.Between(0, 5));
            paidOn = paidOn > today ? today : paidOn;
            var method = seed.Random.Pick(_paymentMethods);
            var reference = method == "Check" ? seed.Random.Digits(4) : null;
            var paid = partial ? Math.Round(amount / 2, 2) : amount;
            var payment = LeaseTransactionsResource.NewPayment(lease, paidOn, method, payeeTenantId, partial ? "Partial rent payment" : "Rent payment", reference, [(glAccountId, paid)]);
            seed.Put(data.LeaseTransactions, payment, lease.Id, Noon(paidOn));
        }
    }

    private static DateOnly DueInMonth(DateOnly month, int dueDay) =>
        new(month.Year, month.Month, Math.Min(dueDay, DateTime.DaysInMonth(month.Year, month.Month)));

    private static DateOnly FirstDueOnOrAfter(DateOnly from, int dueDay)
    {
        var due = DueInMonth(from, dueDay);
        return due >= from ? due : DueInMonth(from.AddMonths(1), dueDay);
    }

    private static DateTime Noon(DateOnly day) => day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
}
