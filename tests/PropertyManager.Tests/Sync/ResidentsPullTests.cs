using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Receivables;
using PropertyManager.Sync.Webhooks;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Webhooks;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 15, pull: the demo seed's tenants (with their leases), rent schedules and outstanding balances land locally
/// as the emulator serves them, and a tenant changed in Buildium arrives by the next incremental run and by its webhook.
/// </summary>
public sealed class ResidentsPullTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // The webhook processor without its worker: the webhook test runs one batch itself.
        _buildium = await BuildiumHostFixture.StartAsync(
            _database.ConnectionString,
            settings: new Dictionary<string, string?> { ["Webhooks:ProcessorEnabled"] = "false" },
            configure: builder => builder.AddWebhookProcessing());
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_first_sync_lands_tenants_with_their_contact_details_and_lease_links_as_Buildium_has_them()
    {
        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        var remote = await ListAsync(_buildium.Client.LeaseTenants.ListAsync());
        remote.Count.ShouldBeGreaterThan(0, "the demo seed has tenants");
        await using var db = _database.CreateContext();
        var local = await db.Tenants.AsNoTracking().ToDictionaryAsync(t => t.BuildiumTenantId!.Value);
        local.Count.ShouldBe(remote.Count);
        foreach (var tenant in remote)
        {
            var row = local[tenant.Id];
            row.FirstName.ShouldBe(tenant.FirstName);
            row.LastName.ShouldBe(tenant.LastName);
            row.Email.ShouldBe(tenant.Email);
            row.AlternateEmail.ShouldBe(tenant.AlternateEmail);
            row.PhoneHome.ShouldBe(Phone(tenant, PhoneNumberType.Home));
            row.PhoneWork.ShouldBe(Phone(tenant, PhoneNumberType.Office));
            row.PhoneMobile.ShouldBe(Phone(tenant, PhoneNumberType.Cell));
            row.AddressLine1.ShouldBe(tenant.Address?.AddressLine1);
            row.City.ShouldBe(tenant.Address?.City);
            row.State.ShouldBe(tenant.Address?.State);
            row.PostalCode.ShouldBe(tenant.Address?.PostalCode);
            row.DateOfBirth.ShouldBe(tenant.DateOfBirth);
            row.Comment.ShouldBe(tenant.Comment);
            row.IsActive.ShouldBeTrue();
        }

        // One link per lease a tenant is on, with Buildium's status, move-in and move-out.
        var expectedLinks = remote.SelectMany(t => (t.Leases ?? []).Select(l => (Tenant: t.Id, Lease: l))).ToList();
        expectedLinks.Count.ShouldBeGreaterThan(0);
        var links = await db.LeaseTenants.AsNoTracking()
            .Select(x => new { Tenant = x.Tenant!.BuildiumTenantId!.Value, Lease = x.Lease!.BuildiumLeaseId!.Value, x.Status, x.MoveInDate, x.MoveOutDate, x.IsPrimary })
            .ToListAsync();
        links.Count.ShouldBe(expectedLinks.Count);
        foreach (var (tenantId, lease) in expectedLinks)
        {
            var link = links.Single(x => x.Tenant == tenantId && x.Lease == lease.Id);
            var entry = (lease.Tenants ?? []).Single(t => t.Id == tenantId);
            link.Status.ShouldBe(entry.Status.Value);
            link.MoveInDate.ShouldBe(entry.MoveInDate);
            link.MoveOutDate.ShouldBe((lease.MoveOutData ?? []).Where(m => m.TenantId == tenantId).Select(m => (DateOnly?)m.MoveOutDate).FirstOrDefault());
        }

        links.GroupBy(x => x.Lease).ShouldAllBe(g => g.Count(x => x.IsPrimary) == 1, "each lease with tenants has one primary contact");
    }

    [Fact]
    public async Task A_first_sync_lands_every_rent_schedule_with_its_charges_and_every_balance_from_one_list_each()
    {
        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        // Bulk lists, not a call per lease: the demo seed fits in one page of each.
        _buildium.Emulator.Stats.CountFor("GET", "/v1/leases/rent").ShouldBe(1);
        _buildium.Emulator.Stats.CountFor("GET", "/v1/leases/outstandingbalances").ShouldBe(1);

        var schedules = await ListAsync(_buildium.Client.LeaseRent.ListAllAsync());
        schedules.Count.ShouldBeGreaterThan(0, "the demo seed has rent schedules");
        await using var db = _database.CreateContext();
        var rents = await db.LeaseRents.AsNoTracking().Include(r => r.Lease).Include(r => r.Charges).ThenInclude(c => c.GlAccount)
            .ToDictionaryAsync(r => r.BuildiumRentId!.Value);
        rents.Count.ShouldBe(schedules.Count);
        foreach (var schedule in schedules)
        {
            var rent = rents[schedule.Id];
            rent.Lease!.BuildiumLeaseId.ShouldBe(schedule.LeaseId);
            rent.RentCycle.ShouldBe(schedule.RentCycle.Value);
            rent.StartDate.ShouldBe(schedule.StartDate);
            rent.EndDate.ShouldBe(schedule.EndDate);
            rent.TotalAmount.ShouldBe(schedule.TotalAmount);
            var charges = schedule.Charges ?? [];
            rent.Charges.Count.ShouldBe(charges.Count);
            foreach (var charge in charges)
            {
                var row = rent.Charges.Single(c => c.BuildiumChargeId == charge.Id);
                row.Amount.ShouldBe(charge.Amount);
                row.Memo.ShouldBe(charge.Memo);
                row.DueOnDayOfTheMonth.ShouldBe(charge.DueOnDayOfTheMonth);
                row.GlAccount.ShouldNotBeNull("the charge's GL account is resolved by its Buildium id").BuildiumGlAccountId.ShouldBe(charge.GLAccountId);
            }
        }

        var owing = await ListAsync(_buildium.Client.OutstandingBalances.ListAsync());
        owing.Count.ShouldBeGreaterThan(0, "the demo seed has leases behind on rent");
        var balances = await db.LeaseBalances.AsNoTracking().Include(b => b.Lease).ToDictionaryAsync(b => b.Lease!.BuildiumLeaseId!.Value);
        balances.Count.ShouldBe(owing.Count);
        foreach (var expected in owing)
        {
            var balance = balances[expected.LeaseId];
            balance.TotalBalance.ShouldBe(expected.TotalBalance);
            balance.Balance0To30Days.ShouldBe(expected.Balance0To30Days);
            balance.Balance31To60Days.ShouldBe(expected.Balance31To60Days);
            balance.Balance61To90Days.ShouldBe(expected.Balance61To90Days);
            balance.BalanceOver90Days.ShouldBe(expected.BalanceOver90Days);
        }
    }

    [Fact]
    public async Task After_a_sync_reconciliation_finds_tenants_rent_and_balances_in_agreement_and_a_drift_is_found()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        foreach (var kind in new[] { "tenant", "lease_rent", LeaseBalancePull.KindName })
        {
            var result = (await _buildium.ReconcileAsync(kind)).ShouldHaveSingleItem();
            result.BuildiumCount.ShouldBeGreaterThan(0, kind);
            result.Agrees.ShouldBeTrue(kind);
        }

        await _database.ExecuteSqlAsync("UPDATE lease_balances SET total_balance = total_balance + 1 WHERE lease_id = (SELECT min(lease_id) FROM lease_balances)");
        (await _buildium.ReconcileAsync(LeaseBalancePull.KindName)).ShouldHaveSingleItem().Different.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_lease_paid_up_in_Buildium_loses_its_balance_row_on_the_next_run_and_the_others_stay()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var owing = await ListAsync(_buildium.Client.OutstandingBalances.ListAsync());
        var paid = owing[0];
        await PayInFullAsync(paid);

        var report = await _buildium.SyncAsync();

        report.Kinds[LeaseBalancePull.KindName].Deactivated.ShouldBe(1);
        await using var db = _database.CreateContext();
        var leases = await db.LeaseBalances.AsNoTracking().Select(b => b.Lease!.BuildiumLeaseId!.Value).ToListAsync();
        leases.ShouldNotContain(paid.LeaseId, "Buildium lists only leases that owe: a lease it no longer lists owes nothing");
        leases.Count.ShouldBe(owing.Count - 1);
    }

    [Fact]
    public async Task A_tenant_changed_in_Buildium_arrives_by_the_next_incremental_run()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var tenantId = _buildium.Emulator.Store.GetIds("tenants")[0];
        ChangeTenant(tenantId, "Renamed in Buildium");

        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        report.Kinds[SyncEntityTypes.Tenant].Updated.ShouldBe(1);
        await AssertChangedAsync(tenantId, "Renamed in Buildium");
    }

    [Fact]
    public async Task A_tenant_changed_in_Buildium_arrives_by_its_LeaseTenant_webhook_without_a_sync_run()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var tenantId = _buildium.Emulator.Store.GetIds("tenants")[1];
        ChangeTenant(tenantId, "Renamed by webhook");
        await using (var db = _database.CreateContext())
        {
            db.WebhookEvents.Add(new BuildiumWebhookEvent
            {
                EventId = "residents-" + Guid.NewGuid().ToString("N"),
                EventType = "LeaseTenant.Updated",
                EventData = JsonDocument.Parse(SignedWebhook.Event("LeaseTenant.Updated", ids: ("TenantId", tenantId))),
                Processed = false,
                RetryCount = 0,
                MaxRetries = 5,
            });
            await db.SaveChangesAsync();
        }

        await using var scope = _buildium.Host.Services.CreateAsyncScope();
        var batch = await scope.ServiceProvider.GetRequiredService<WebhookEventProcessor>().ProcessBatchAsync(CancellationToken.None);

        batch.Failed.ShouldBeEmpty();
        batch.Processed.Count.ShouldBe(1);
        await AssertChangedAsync(tenantId, "Renamed by webhook");
    }

    [Fact]
    public async Task A_masked_tax_id_read_back_from_Buildium_never_replaces_the_full_one_known_here()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var tenantId = _buildium.Emulator.Store.GetIds("tenants")[0];
        const string Ssn = "123-45-6789";
        await _buildium.Client.LeaseTenants.UpdateAsync(tenantId, put => put.TaxId = Ssn);
        (await _buildium.Client.LeaseTenants.GetAsync(tenantId)).TaxId.ShouldBe("xxx-xx-6789", "Buildium reads an SSN back masked");
        await using (var db = _database.CreateContext())
        {
            var tenant = await db.Tenants.SingleAsync(t => t.BuildiumTenantId == tenantId);
            tenant.TaxId = Ssn;
            await db.SaveChangesAsync();
        }

        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        await using var check = _database.CreateContext();
        (await check.Tenants.AsNoTracking().SingleAsync(t => t.BuildiumTenantId == tenantId)).TaxId.ShouldBe(Ssn);
        (await _buildium.ReconcileAsync("tenant")).ShouldHaveSingleItem().Agrees.ShouldBeTrue("the full id and Buildium's mask of it are the same value");
        var other = _buildium.Emulator.Store.GetIds("tenants")[1];
        await _buildium.Client.LeaseTenants.UpdateAsync(other, put => put.TaxId = "987-65-4321");
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        await using var unknown = _database.CreateContext();
        (await unknown.Tenants.AsNoTracking().SingleAsync(t => t.BuildiumTenantId == other)).TaxId.ShouldBe("xxx-xx-4321", "with no full id known, the masked one is what there is");
    }

    private void ChangeTenant(int tenantId, string lastName) =>
        _buildium.Emulator.Store.Update("tenants", tenantId, new JsonObject
        {
            ["LastName"] = lastName,
            ["Email"] = "changed@example.com",
            ["PhoneNumbers"] = new JsonArray(new JsonObject { ["Number"] = "555-0199", ["Type"] = "Cell" }),
        });

    private async Task AssertChangedAsync(int tenantId, string lastName)
    {
        await using var db = _database.CreateContext();
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.BuildiumTenantId == tenantId);
        tenant.LastName.ShouldBe(lastName);
        tenant.Email.ShouldBe("changed@example.com");
        tenant.PhoneMobile.ShouldBe("555-0199");
        tenant.PhoneHome.ShouldBeNull("Buildium's phones are now only the mobile one");
    }

    private async Task PayInFullAsync(LeaseOutstandingBalanceMessage balance)
    {
        var lines = (balance.Balances ?? []).Where(l => l.TotalBalance > 0)
            .Select(l => new LeaseLedgerPaymentLineSaveMessage { Amount = l.TotalBalance, GLAccountId = l.GlAccountId })
            .ToList();
        lines.Sum(l => l.Amount).ShouldBe(balance.TotalBalance);
        await _buildium.Client.LeaseTransactions.CreatePaymentAsync(balance.LeaseId, new LeaseLedgerPaymentPostMessage
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            PaymentMethod = new BuildiumEnumValue<PaymentMethod>(PaymentMethod.Check),
            SendEmailReceipt = false,
            Lines = lines,
        });
    }

    private static string? Phone(TenantMessage tenant, PhoneNumberType type) =>
        (tenant.PhoneNumbers ?? []).FirstOrDefault(p => p.Type.Known == type && !string.IsNullOrWhiteSpace(p.Number))?.Number;

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
