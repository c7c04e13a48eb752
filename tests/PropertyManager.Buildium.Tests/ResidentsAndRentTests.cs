using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Errors;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Buildium.Leases;
using PropertyManager.Buildium.Tests.Infrastructure;

namespace PropertyManager.Buildium.Tests;

/// <summary>The typed client for tenants, rent schedules, the lease ledger and outstanding balances, against the emulator over loopback.</summary>
public sealed class ResidentsAndRentTests
{
    private static readonly SaveAddressMessage s_address = new()
    {
        AddressLine1 = "5 Resident Row",
        City = "Boston",
        State = "MA",
        PostalCode = "02110",
        Country = "UnitedStates",
    };

    [Fact]
    public async Task A_tenant_update_keeps_every_field_it_does_not_change()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var leaseId = (await t.Client.Leases.ListAsync(new LeaseListFilter { LeaseStatuses = [LeaseStatus.Active] }).FirstAsync()).Id;
        var created = await t.Client.LeaseTenants.CreateAsync(new RentalTenantPostMessage
        {
            LeaseId = leaseId,
            FirstName = "Morgan",
            LastName = "Keeps",
            Email = "morgan@example.com",
            PhoneNumbers = new PhoneNumbersMessage { Mobile = "(617) 555-0101", Home = "(617) 555-0102" },
            DateOfBirth = new DateOnly(1988, 4, 2),
            Comment = "Has a cat",
            TaxId = "123-45-6789",
            EmergencyContact = new SaveEmergencyContactMessage { Name = "Sam", Phone = "(617) 555-0103" },
            Address = s_address,
            AlternateAddress = s_address,
            MailingPreference = MailingPreference.AlternateAddress,
        });
        created.TaxId.ShouldBe("xxx-xx-6789");

        // The masked tax id cannot be sent back, so the change supplies the full one, as the app does from its own copy.
        var updated = await t.Client.LeaseTenants.UpdateAsync(created.Id, x => (x.Email, x.TaxId) = ("morgan@new.example.com", "123-45-6789"));

        updated.Email.ShouldBe("morgan@new.example.com");
        (updated.FirstName, updated.LastName, updated.Comment, updated.DateOfBirth).ShouldBe(("Morgan", "Keeps", "Has a cat", new DateOnly(1988, 4, 2)));
        updated.PhoneNumbers!.Select(p => p.Number).ShouldBe(["(617) 555-0102", "(617) 555-0101"]);
        updated.EmergencyContact!.Name.ShouldBe("Sam");
        updated.AlternateAddress!.AddressLine1.ShouldBe("5 Resident Row");
        updated.MailingPreference!.Value.Is(MailingPreference.AlternateAddress).ShouldBeTrue();
        updated.TaxId.ShouldBe("xxx-xx-6789");
        t.Emulator.Store.GetStored("tenants", created.Id)!["TaxId"]!.GetValue<string>().ShouldBe("123-45-6789");

        // Without it, the mapping leaves the masked value out rather than sending something Buildium refuses.
        var cleared = await t.Client.LeaseTenants.UpdateAsync(created.Id, x => x.Comment = "No cat");
        cleared.TaxId.ShouldBeNull();
        cleared.Email.ShouldBe("morgan@new.example.com");
    }

    [Fact]
    public async Task Tenant_filters_reach_the_emulator_and_refusals_carry_field_errors()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var all = await t.Client.LeaseTenants.ListAsync().ToListAsync();
        all.Count.ShouldBe(t.Emulator.Store.Count("tenants"));
        var sample = all[2];
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await t.Client.LeaseTenants.UpdateAsync(sample.Id, x => x.Comment = "Touched");

        (await t.Client.LeaseTenants.ListAsync(new TenantListFilter { LastUpdatedFrom = before }).ToListAsync()).Select(x => x.Id).ShouldBe([sample.Id]);
        (await t.Client.LeaseTenants.ListAsync(new TenantListFilter { Email = sample.Email }).ToListAsync()).Select(x => x.Id).ShouldContain(sample.Id);
        var propertyId = sample.Leases![0].PropertyId;
        (await t.Client.LeaseTenants.ListAsync(new TenantListFilter { PropertyIds = [propertyId], LeaseTermStatuses = [LeaseStatus.Active, LeaseStatus.Past, LeaseStatus.Future] }).ToListAsync())
            .ShouldAllBe(x => x.Leases!.Any(l => l.PropertyId == propertyId));

        var error = await Should.ThrowAsync<BuildiumValidationException>(() => t.Client.LeaseTenants.CreateAsync(new RentalTenantPostMessage { LeaseId = 1, FirstName = "No", LastName = "Lease", Address = s_address }));
        error.FieldErrors.ShouldContain(f => f.Key == "LeaseId");
        await Should.ThrowAsync<BuildiumNotFoundException>(() => t.Client.LeaseTenants.GetAsync(1));
    }

    [Fact]
    public async Task A_payment_lowers_the_outstanding_balance_by_its_amount()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var owing = await t.Client.OutstandingBalances.ListAsync(new OutstandingBalanceListFilter { BalanceDuration = BalanceDuration.Balance31to60Days }).FirstAsync();
        owing.Balance31To60Days.ShouldBeGreaterThan(0m);
        var lease = await t.Client.Leases.GetAsync(owing.LeaseId);

        var payment = await t.Client.LeaseTransactions.CreatePaymentAsync(owing.LeaseId, new LeaseLedgerPaymentPostMessage
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            PaymentMethod = PaymentMethod.CashierCheck,
            PayeeUserId = lease.CurrentTenants![0].Id,
            Memo = "Partial catch-up",
            SendEmailReceipt = false,
            Lines = [new LeaseLedgerPaymentLineSaveMessage { Amount = 250.50m, GLAccountId = owing.Balances![0].GlAccountId }],
        });

        payment.TransactionTypeEnum.Is(LeaseTransactionType.Payment).ShouldBeTrue();
        payment.TotalAmount.ShouldBe(250.50m);
        payment.Journal!.Lines![0].GLAccount!.Id.ShouldBe(owing.Balances[0].GlAccountId);
        (await t.Client.LeaseTransactions.GetAsync(owing.LeaseId, payment.Id)).TotalAmount.ShouldBe(250.50m);
        var payments = await t.Client.LeaseTransactions.ListAsync(owing.LeaseId, new LeaseTransactionListFilter { TransactionTypes = [LeaseTransactionType.Payment] }).ToListAsync();
        payments.Select(p => p.Id).ShouldContain(payment.Id);
        payments.ShouldAllBe(p => p.TransactionTypeEnum.Is(LeaseTransactionType.Payment));

        var after = await t.Client.OutstandingBalances.ListAsync(new OutstandingBalanceListFilter { LeaseIds = [owing.LeaseId] }).SingleAsync();
        after.TotalBalance.ShouldBe(owing.TotalBalance - 250.50m);

        var refused = await Should.ThrowAsync<BuildiumValidationException>(() => t.Client.LeaseTransactions.CreatePaymentAsync(owing.LeaseId, new LeaseLedgerPaymentPostMessage
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            PaymentMethod = PaymentMethod.Cash,
            SendEmailReceipt = false,
            Lines = [new LeaseLedgerPaymentLineSaveMessage { Amount = 10m, GLAccountId = 987_654 }],
        }));
        refused.FieldErrors.ShouldContain(f => f.Key == "Lines[0].GLAccountId");
    }

    [Fact]
    public async Task Rent_and_balances_of_every_lease_come_in_pages_not_one_call_per_lease()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.PageSize = 3);
        var leases = t.Emulator.Store.Count("leases");
        t.Emulator.Stats.Reset();

        var rents = await t.Client.LeaseRent.ListAllAsync().ToListAsync();
        var balances = await t.Client.OutstandingBalances.ListAsync().ToListAsync();

        rents.Count.ShouldBe(leases);
        rents.Select(r => r.LeaseId).ShouldBeUnique();
        balances.Count.ShouldBeGreaterThan(3, "the demo seed's owing leases span more than one page");
        balances.Select(b => b.LeaseId).ShouldBe(balances.Select(b => b.LeaseId).Order());
        balances.ShouldAllBe(b => b.TotalBalance > 0 && b.TotalBalance == b.Balance0To30Days + b.Balance31To60Days + b.Balance61To90Days + b.BalanceOver90Days);
        t.Emulator.Stats.CountFor("GET", "/v1/leases/rent").ShouldBe((leases + 2) / 3);
        t.Emulator.Stats.CountFor("GET", "/v1/leases/outstandingbalances").ShouldBe((balances.Count + 2) / 3);
    }

    [Fact]
    public async Task Rent_schedules_and_charges_update_without_losing_what_the_change_leaves_alone()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var rent = await t.Client.LeaseRent.ListAllAsync().FirstAsync();
        var schedule = await t.Client.LeaseRent.GetAsync(rent.LeaseId, rent.Id);

        var updated = await t.Client.LeaseRent.UpdateAsync(rent.LeaseId, rent.Id, x => x.Charges[0].Amount += 100m);

        updated.TotalAmount.ShouldBe(schedule.TotalAmount + 100m);
        updated.RentCycle.ShouldBe(schedule.RentCycle);
        updated.Charges![0].Memo.ShouldBe(schedule.Charges![0].Memo);
        updated.Charges[0].GLAccountId.ShouldBe(schedule.Charges[0].GLAccountId);
        updated.Charges[0].FirstChargeDate.ShouldBe(schedule.Charges[0].FirstChargeDate);
        (await t.Client.Leases.GetAsync(rent.LeaseId)).AccountDetails!.Rent.ShouldBe(updated.TotalAmount);

        var created = (await t.Client.LeaseTransactions.CreateChargeAsync(rent.LeaseId, new LeaseChargePostMessage
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            Memo = "Parking",
            Lines = [new LeaseChargeLineSaveMessage { Amount = 60m, GLAccountId = schedule.Charges[0].GLAccountId }],
        })).Single();
        await t.Client.LeaseTransactions.UpdateChargeAsync(rent.LeaseId, created.Id, x => x.Lines[0].Amount = 65m);
        var charge = await t.Client.LeaseTransactions.GetChargeAsync(rent.LeaseId, created.Id);
        (charge.Memo, charge.TotalAmount).ShouldBe(("Parking", 65m));
        (await t.Client.LeaseTransactions.ListChargesAsync(rent.LeaseId).ToListAsync()).Select(c => c.Id).ShouldContain(created.Id);
    }
}
