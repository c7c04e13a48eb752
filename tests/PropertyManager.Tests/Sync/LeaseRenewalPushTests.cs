using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Leases;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>A lease renewed here goes to Buildium as one renewal, never twice, against the emulator and a real database.</summary>
public sealed class LeaseRenewalPushTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // A hung POST is cut off after 300 ms, so the outcome-unknown case takes no longer than that.
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString, o => o.Faults.TimeoutMs = 300);
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_renewal_whose_answer_was_lost_is_adopted_on_retry_not_sent_twice()
    {
        var store = _buildium.Emulator.Store;
        Lease lease;
        LeaseRent term;
        await using (var db = _database.CreateContext())
        {
            var today = DateTime.Today;
            lease = await db.Leases.Where(l => l.Status == LeaseStatuses.Active && l.BuildiumLeaseId != null && l.EndDate > today && l.Tenants.Any())
                .OrderBy(l => l.BuildiumLeaseId).FirstAsync();
            var rentAccount = await db.GlAccounts.Where(g => g.Type == "Income").OrderBy(g => g.AccountNumber).Select(g => g.Id).FirstAsync();
            term = LeaseRenewal.Apply(lease, DateOnly.FromDateTime(lease.EndDate!.Value).AddYears(1), 1750m, "Monthly", rentAccount);
            await db.SaveChangesAsync();
        }

        var buildiumLeaseId = lease.BuildiumLeaseId!.Value;
        var newEnd = DateOnly.FromDateTime(lease.EndDate!.Value);
        _buildium.Emulator.Faults.InjectNext(FaultKind.Timeout, method: "POST", pathPrefix: $"/v1/leases/{buildiumLeaseId}/renewals");
        var first = await _buildium.PushAsync();

        first.Kinds[SyncEntityTypes.Lease].Failed.ShouldBe(1);
        await using (var db = _database.CreateContext())
        {
            (await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityType == SyncEntityTypes.Lease && s.BuildiumId == buildiumLeaseId)).ErrorMessage.ShouldNotBeNull()
                .ShouldStartWith(OutboxNotes.OutcomeUnknownPrefix);
        }

        // Buildium did renew it after all (the answer was lost): a blind retry would now be refused or renew twice.
        var current = await _buildium.Client.Leases.GetAsync(buildiumLeaseId);
        var landed = await _buildium.Client.Leases.RenewAsync(buildiumLeaseId, new LeaseRenewalPostMessage
        {
            LeaseType = LeaseType.Fixed,
            LeaseToDate = newEnd,
            SendWelcomeEmail = false,
            TenantIds = [.. (current.CurrentTenants ?? []).Select(t => t.Id)],
            Rent = new LeaseRentPostMessage
            {
                Cycle = RentCycle.Monthly,
                Charges = [new LeaseRentChargePostMessage { Amount = 1750m, GlAccountId = 10, NextDueDate = term.StartDate!.Value }],
            },
        });

        var second = await _buildium.PushAsync();

        second.Kinds[SyncEntityTypes.Lease].Pushed.ShouldBe(1);
        store.GetIds("leaserenewals").Count(id => store.GetStored("leaserenewals", id)!["LeaseToDate"]!.GetValue<string>() == newEnd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(1);
        await using (var db = _database.CreateContext())
        {
            (await db.LeaseRents.AsNoTracking().SingleAsync(r => r.Id == term.Id)).BuildiumRentId.ShouldBe(landed.RentId);
        }

        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        await using (var db = _database.CreateContext())
        {
            (await db.Leases.AsNoTracking().SingleAsync(l => l.Id == lease.Id)).EndDate.ShouldBe(newEnd.ToDateTime(TimeOnly.MinValue));
            (await db.LeaseRents.AsNoTracking().CountAsync(r => r.LeaseId == lease.Id && r.BuildiumRentId == null)).ShouldBe(0);
        }
    }
}
