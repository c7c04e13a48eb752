using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>Bills from vendors against properties (some on work orders), about 40% fully paid by one payment.</summary>
internal static class BillSeeder
{
    private static readonly string[] _memos = ["Service call", "Repair", "Monthly service", "Materials", "Emergency visit"];

    public static void Seed(SeedContext seed)
    {
        var random = seed.Random;
        var units = seed.Data.Units.All();
        var workOrders = seed.Data.WorkOrders.All();
        for (var b = 0; b < seed.Profile.Bills; b++)
        {
            // A third of the bills were received in the last three weeks and are not due yet; the others are older,
            // so the unpaid ones among them are overdue, by up to five months.
            var received = SeedContext.Date(seed.Timestamp());
            var date = b % 3 == 0 ? seed.Today.AddDays(-(b % 21)) : received;
            var lines = new List<BillLineMessage>();
            for (var l = random.Between(1, 3); l > 0; l--)
            {
                var unit = random.Pick(units);
                var onUnit = random.Chance(0.6);
                lines.Add(new BillLineMessage
                {
                    Id = seed.Data.BillLineIds.Next(),
                    AccountingEntity = new AccountingEntityMessage
                    {
                        Id = unit.Value.PropertyId,
                        AccountingEntityType = "Rental",
                        Href = $"/v1/rentals/{unit.Value.PropertyId}",
                        Unit = onUnit ? new UnitEntityMessage { Id = unit.Id, Href = $"/v1/rentals/units/{unit.Id}" } : null,
                    },
                    GLAccount = new GLAccountMessage { Id = random.Pick(seed.ExpenseGlAccountIds) },
                    Amount = random.Money(75, 2500),
                    Markup = null,
                    Memo = random.Pick(_memos),
                });
            }

            var workOrder = b % 4 == 0 && workOrders.Count > 0 ? workOrders[(b / 4) % workOrders.Count] : null;
            var paid = random.Chance(0.4);
            var paidAfter = random.Between(1, 30);
            var paidDate = paid ? Min(date.AddDays(paidAfter), seed.Today) : (DateOnly?)null;
            // Seeded times are in the past (SeedContext): a bill dated today was last touched yesterday at the latest,
            // or a seed made before 15:00 would hold changes from the future.
            var updated = Min(paidDate ?? date, seed.Today.AddDays(-1)).ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
            var bill = seed.Put(seed.Data.Bills, new BillMessage
            {
                Date = date,
                DueDate = date.AddDays(30),
                PaidDate = paidDate,
                Memo = $"Invoice {b + 1} for services",
                VendorId = random.Pick(seed.VendorIds),
                WorkOrderId = workOrder?.Id,
                ReferenceNumber = $"INV-{b + 1:000000}",
                ApprovalStatus = random.Chance(0.9) ? "NotNeeded" : "Approved",
                Lines = lines,
            }, 0, updated);

            if (workOrder is not null)
            {
                workOrder.Value.BillTransactionIds!.Add(bill.Id);
                workOrder.Value.BillTransactionId ??= bill.Id;
            }

            if (paidDate is not null)
            {
                seed.Put(seed.Data.BillPayments, new BillPaymentMessage
                {
                    BankAccountId = seed.BankAccountIds[0],
                    EntryDate = paidDate,
                    Memo = null,
                    CheckNumber = random.Digits(5),
                    PaidBillIds = [bill.Id],
                    AppliedVendorCredits = [],
                    Lines = [.. lines.Select(line => new BillPaymentLineMessage
                    {
                        AccountingEntity = new BillPaymentAccountingEntityMessage
                        {
                            Id = line.AccountingEntity!.Id,
                            AccountingEntityType = "Rental",
                            UnitId = line.AccountingEntity.Unit?.Id,
                        },
                        GLAccountId = line.GLAccount!.Id,
                        Amount = line.Amount,
                    })],
                }, bill.Id, updated);
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
