using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tenants;
using PropertyManager.Sync.Portfolio;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 15, pushes: a lease signed here reaches Buildium in one POST with its new tenants, rent and deposit, and the
/// app adopts the ids Buildium gave them; a tenant's contact edit is a PUT that keeps what the app does not hold; a
/// payment received here lowers the lease's balance in Buildium and, after the pull, here.
/// </summary>
public sealed class ResidentsPushTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString);
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_lease_signed_here_with_two_new_tenants_reaches_Buildium_with_its_rent_and_deposit_and_nothing_twice()
    {
        var (leaseId, start) = await SignLeaseAsync(1450m, 1450m, "Ada", "Lovelace", "Charles", "Babbage");

        var push = await _buildium.PushAsync();

        push.Failed.ShouldBe(0, string.Join("; ", push.Errors));
        await using var db = _database.CreateContext();
        var lease = await db.Leases.AsNoTracking().Include(l => l.Unit).Include(l => l.Tenants).ThenInclude(t => t.Tenant)
            .Include(l => l.Rents).SingleAsync(l => l.Id == leaseId);
        var buildiumLeaseId = lease.BuildiumLeaseId.ShouldNotBeNull();
        var remote = await _buildium.Client.Leases.GetAsync(buildiumLeaseId);
        remote.UnitId.ShouldBe(lease.Unit!.BuildiumUnitId!.Value);
        remote.LeaseFromDate.ShouldBe(start);
        remote.LeaseToDate.ShouldBe(start.AddYears(1).AddDays(-1));
        var remoteTenants = remote.CurrentTenants.ShouldNotBeNull();
        remoteTenants.Select(t => $"{t.FirstName} {t.LastName}").Order().ShouldBe(["Ada Lovelace", "Charles Babbage"]);
        foreach (var link in lease.Tenants)
        {
            var tenantId = link.Tenant!.BuildiumTenantId.ShouldNotBeNull("the tenant Buildium created with the lease is adopted");
            var remoteTenant = remoteTenants.Single(t => t.Id == tenantId);
            remoteTenant.LastName.ShouldBe(link.Tenant.LastName);
            remoteTenant.Email.ShouldBe(link.Tenant.Email);
            remoteTenant.Address!.PostalCode.ShouldBe(link.Tenant.PostalCode);
        }

        var schedule = (await ListAsync(_buildium.Client.LeaseRent.ListAsync(buildiumLeaseId))).ShouldHaveSingleItem();
        lease.Rents.ShouldHaveSingleItem().BuildiumRentId.ShouldBe(schedule.Id);
        schedule.TotalAmount.ShouldBe(1450m);
        schedule.RentCycle.Value.ShouldBe("Monthly");
        var charge = schedule.Charges.ShouldNotBeNull().ShouldHaveSingleItem();
        charge.GLAccountId.ShouldBe(await RentAccountBuildiumIdAsync());
        var ledger = await ListAsync(_buildium.Client.LeaseTransactions.ListAsync(buildiumLeaseId));
        ledger.ShouldContain(t => t.TransactionType == "Charge" && t.TotalAmount == 1450m && t.Journal!.Memo == "Security deposit");

        // Nothing is queued twice: the tenants and the schedule left the outbox with the lease.
        var tenantsBefore = _buildium.Emulator.Store.Count("tenants");
        (await _buildium.PushAsync()).Pushed.ShouldBe(0);
        var sync = await _buildium.SyncAsync();
        sync.Succeeded.ShouldBeTrue(string.Join("; ", sync.Errors));
        _buildium.Emulator.Store.Count("tenants").ShouldBe(tenantsBefore);
        await using var after = _database.CreateContext();
        (await after.Tenants.CountAsync(t => t.LastName == "Lovelace")).ShouldBe(1);
        (await after.LeaseTenants.CountAsync(t => t.LeaseId == leaseId)).ShouldBe(2);
        (await after.LeaseRentCharges.CountAsync(c => c.Rent!.LeaseId == leaseId && c.BuildiumChargeId == charge.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_tenant_contact_edit_is_a_PUT_that_keeps_what_the_app_does_not_hold_and_Buildium_changes_since_the_last_sync()
    {
        var tenantId = _buildium.Emulator.Store.GetIds("tenants").First(id => _buildium.Emulator.Store.GetStored("tenants", id)!["TaxId"] is null);
        _buildium.Emulator.Store.Update("tenants", tenantId, new JsonObject
        {
            ["EmergencyContact"] = new JsonObject { ["Name"] = "Grace Hopper", ["Phone"] = "555-0100" },
        });
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        // Changed in Buildium after the last sync: the push must not send the old comment back.
        _buildium.Emulator.Store.Update("tenants", tenantId, new JsonObject { ["Comment"] = "Prefers e-mail" });
        await using (var db = _database.CreateContext())
        {
            var tenant = await db.Tenants.SingleAsync(t => t.BuildiumTenantId == tenantId);
            tenant.Email = "new.address@example.com";
            tenant.PhoneMobile = "555-0142";
            await db.SaveChangesAsync();
        }

        var push = await _buildium.PushAsync();

        push.Failed.ShouldBe(0, string.Join("; ", push.Errors));
        var stored = _buildium.Emulator.Store.GetStored("tenants", tenantId)!;
        stored["Email"]!.GetValue<string>().ShouldBe("new.address@example.com");
        stored["PhoneNumbers"]!.ToJsonString().ShouldContain("555-0142");
        stored["Comment"]!.GetValue<string>().ShouldBe("Prefers e-mail");
        stored["EmergencyContact"]!["Name"]!.GetValue<string>().ShouldBe("Grace Hopper");
    }

    [Fact]
    public async Task A_tenant_edit_without_the_full_tax_id_Buildium_masks_is_refused_and_Buildium_keeps_it()
    {
        var tenantId = _buildium.Emulator.Store.GetIds("tenants")[0];
        await _buildium.Client.LeaseTenants.UpdateAsync(tenantId, put => put.TaxId = "123-45-6789");
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        await using (var db = _database.CreateContext())
        {
            var tenant = await db.Tenants.SingleAsync(t => t.BuildiumTenantId == tenantId);
            tenant.TaxId.ShouldBe("xxx-xx-6789");
            tenant.Email = "masked.case@example.com";
            await db.SaveChangesAsync();
        }

        var push = await _buildium.PushAsync();

        push.Failed.ShouldBe(1);
        push.Errors.ShouldHaveSingleItem().ShouldContain("full tax id");
        _buildium.Emulator.Store.GetStored("tenants", tenantId)!["TaxId"]!.GetValue<string>().ShouldBe("123-45-6789");
    }

    [Fact]
    public async Task A_payment_received_here_lowers_the_balance_in_Buildium_and_after_the_pull_here()
    {
        var owing = (await ListAsync(_buildium.Client.OutstandingBalances.ListAsync())).First(b => b.TotalBalance > 50);
        long leaseId;
        await using (var db = _database.CreateContext())
        {
            var lease = await db.Leases.SingleAsync(l => l.BuildiumLeaseId == owing.LeaseId);
            leaseId = lease.Id;
            db.LeaseTransactions.Add(new LeaseTransaction
            {
                LeaseId = lease.Id,
                TransactionType = "Payment",
                Date = DateOnly.FromDateTime(DateTime.UtcNow),
                TotalAmount = 50m,
                PaymentMethod = "MoneyOrder",
                CheckNumber = "MO-77",
                Memo = "Received at the office",
            });
            await db.SaveChangesAsync();
        }

        var push = await _buildium.PushAsync();

        push.Failed.ShouldBe(0, string.Join("; ", push.Errors));
        var remote = (await ListAsync(_buildium.Client.OutstandingBalances.ListAsync(new OutstandingBalanceListFilter { LeaseIds = [owing.LeaseId] }))).Single();
        remote.TotalBalance.ShouldBe(owing.TotalBalance - 50m);
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        await using var check = _database.CreateContext();
        (await check.LeaseBalances.SingleAsync(b => b.LeaseId == leaseId)).TotalBalance.ShouldBe(owing.TotalBalance - 50m);
        var payment = await check.LeaseTransactions.SingleAsync(t => t.LeaseId == leaseId && t.Memo == "Received at the office");
        var buildiumId = payment.BuildiumTransactionId.ShouldNotBeNull("the payment's Buildium id is adopted: the pull does not add it twice");
        var posted = await _buildium.Client.LeaseTransactions.GetAsync(owing.LeaseId, buildiumId);
        posted.PaymentMethod.ShouldBe("MoneyOrder");
        posted.TotalAmount.ShouldBe(50m);
    }

    /// <summary>A lease for a vacant unit, signed here as the create page does it, starting the first of next month.</summary>
    private async Task<(long LeaseId, DateOnly Start)> SignLeaseAsync(decimal rent, decimal deposit, params string[] names)
    {
        await using var db = _database.CreateContext();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var unit = await db.Units.Include(u => u.Property)
            .Where(u => u.BuildiumUnitId != null && !u.Leases.Any(l => l.Status == LeaseStatuses.Active || l.Status == LeaseStatuses.Future))
            .OrderBy(u => u.BuildiumUnitId)
            .FirstAsync();
        var tenants = names.Chunk(2).Select(n => new Tenant
        {
            FirstName = n[0],
            LastName = n[1],
            Email = $"{n[0].ToLowerInvariant()}@example.com",
            PhoneMobile = "555-0101",
            AddressLine1 = unit.Property!.AddressLine1 ?? "1 Main St",
            City = unit.Property.City,
            State = unit.Property.State,
            PostalCode = unit.Property.PostalCode ?? "10001",
            Country = unit.Property.Country ?? "UnitedStates",
        }).ToList();
        var rentAccountId = await RentAccountBuildiumIdAsync();
        var rentAccount = await db.GlAccounts.SingleAsync(g => g.BuildiumGlAccountId == rentAccountId);
        var lease = NewLease.Build(unit, start, start.AddYears(1).AddDays(-1), deposit, rent, "Monthly", rentAccount.Id, start, tenants, []);
        db.Leases.Add(lease);
        await db.SaveChangesAsync();
        return (lease.Id, start);
    }

    private async Task<int> RentAccountBuildiumIdAsync() =>
        (await ListAsync(_buildium.Client.GlAccounts.ListAsync())).Single(a => a.DefaultAccountName == "Rent Income").Id;

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
