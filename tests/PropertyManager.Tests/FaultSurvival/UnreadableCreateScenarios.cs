using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PropertyManager.Tests.FaultSurvival;

/// <summary>
/// Every POST answered with an unreadable body for a whole run: Buildium created the records but no id came back.
/// The pull that follows (or a webhook) brings them in; each must be linked to its pending local row by natural key,
/// never inserted as a second row, and no later run may fail because of it.
/// </summary>
[Collection(FaultSurvivalCollection.Name)]
public sealed class UnreadableCreateScenarios(FaultSurvivalReport report, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Every_POST_unreadable_for_a_whole_run_then_two_ordinary_runs_link_every_create_once()
    {
        var clock = Stopwatch.StartNew();
        await using var app = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: Survival.Settings());
        (await app.SyncAsync()).Succeeded.ShouldBeTrue();
        var created = await CreatePendingAsync();
        app.Emulator.Stats.Reset();
        app.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.MalformedJson, Method = "POST" });

        var faulted = await app.SyncAsync(new SyncRequest("fault-survival", Full: true));

        output.WriteLine($"run under faults: {(faulted.Succeeded ? "succeeded" : "failed")}; {string.Join(" | ", faulted.Errors)}");
        var faults = app.Emulator.Stats.FaultsInjected;
        faults.ShouldBeGreaterThan(0, "no POST was answered unreadably");
        string[] posted =
        [
            "POST /v1/glaccounts", "POST /v1/bankaccounts", "POST /v1/rentals ", "POST /v1/rentals/units", "POST /v1/rentals/owners",
            "POST /v1/vendors/categories", "POST /v1/vendors ", "POST /v1/bills ", "/payments answered", "POST /v1/tasks/categories", "POST /v1/tasks/todorequests",
        ];
        foreach (var path in posted)
        {
            faulted.Errors.ShouldContain(e => e.Contains(path, StringComparison.Ordinal), $"{path}: every kind's create was answered unreadably");
        }

        app.Emulator.Faults.Clear();

        await Survival.NextRunSucceedsAsync(app);
        await Survival.NextRunSucceedsAsync(app);

        await FinishAsync(app, "every POST unreadable for a run", faults, created, clock);
    }

    /// <summary>
    /// The webhook variant: only the push runs under the fault, and each created record is first read back alone, as the
    /// webhook processor reads a record Buildium reported (a one-record pull, no push before it), then an ordinary run.
    /// </summary>
    [Fact]
    public async Task Every_POST_unreadable_then_each_record_read_back_alone_as_a_webhook_does_links_every_create_once()
    {
        var clock = Stopwatch.StartNew();
        await using var app = await BuildiumHostFixture.StartAsync(_database.ConnectionString, settings: Survival.Settings());
        (await app.SyncAsync()).Succeeded.ShouldBeTrue();
        var created = await CreatePendingAsync();
        app.Emulator.Stats.Reset();
        app.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.MalformedJson, Method = "POST" });

        var push = await app.PushAsync();

        push.Errors.ShouldNotBeEmpty();
        var faults = app.Emulator.Stats.FaultsInjected;
        app.Emulator.Faults.Clear();
        var store = app.Emulator.Store;
        // Parents first, as Buildium's events for a create arrive: the property's before its units'.
        foreach (var record in created.Where(c => c.Kind is not null))
        {
            foreach (var id in store.GetIds(record.Collection).Where(id => store.Get(record.Collection, id)?[record.Field]?.GetValue<string>() == record.Key))
            {
                var single = await app.SyncAsync(new SyncRequest("webhook", Kind: record.Kind, BuildiumId: id));
                single.Errors.ShouldBeEmpty($"{record.Collection} {id} read back alone");
            }
        }

        await Survival.NextRunSucceedsAsync(app);

        await FinishAsync(app, "every POST unreadable, read back by webhook", faults, created, clock);
    }

    /// <summary>Local creates of every kind the push creates, each with a unique natural key; parents before children.</summary>
    private async Task<IReadOnlyList<Created>> CreatePendingAsync()
    {
        await using var db = _database.CreateContext();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var template = await db.Properties.AsNoTracking().FirstAsync(p => p.OperatingBankAccountId != null && p.BuildiumPropertyId != null);
        var vendorCategoryId = await db.VendorCategories.AsNoTracking().Where(c => c.BuildiumCategoryId != null).Select(c => c.BuildiumCategoryId).FirstAsync();
        var billCategoryId = await db.BillCategories.AsNoTracking().Where(c => c.BuildiumCategoryId != null).Select(c => c.BuildiumCategoryId).FirstAsync();
        var bankGl = await db.GlAccounts.AsNoTracking().FirstAsync(g => g.IsBankAccount == true);

        var property = new Property
        {
            Name = $"Unread Heights {tag}",
            RentalSubType = template.RentalSubType,
            OperatingBankAccountId = template.OperatingBankAccountId,
            AddressLine1 = "1 Unread Street",
            City = "Boston",
            State = "MA",
            PostalCode = "02110",
            Country = "UnitedStates",
        };
        property.Units.Add(NewUnit($"U1-{tag}"));
        var unit = NewUnit($"U2-{tag}");
        unit.PropertyId = template.Id;
        var owner = new Owner
        {
            FirstName = "Una",
            LastName = $"Read{tag}",
            Email = $"una.{tag}@example.com",
            IsCompany = false,
            AddressLine1 = "2 Owner Way",
            City = "Boston",
            State = "MA",
            PostalCode = "02111",
            Country = "UnitedStates",
        };
        owner.Ownerships.Add(new Ownership { PropertyId = template.Id, OwnershipPercentage = 100m, Primary = true });
        var vendorCategory = new VendorCategory { Name = $"Unread sweeps {tag}" };
        var vendor = new Vendor { Name = $"Unread Plumbing {tag}", CategoryId = vendorCategoryId, Email = "unread@example.com" };
        var bill = new Bill
        {
            Vendor = vendor,
            PropertyId = template.Id,
            Date = new DateOnly(2026, 11, 1),
            DueDate = new DateOnly(2026, 11, 30),
            Amount = 321.50m,
            Description = "Unread bill",
            ReferenceNumber = $"UB-{tag}",
            CategoryId = billCategoryId,
        };
        var payment = new BillPayment
        {
            Bill = bill,
            BankAccountId = template.OperatingBankAccountId,
            Amount = 100m,
            Date = new DateOnly(2026, 11, 20),
            ReferenceNumber = $"UP-{tag}",
        };
        var taskCategory = new TaskCategory { Name = $"Unread chimneys {tag}", Color = "#aa3300" };
        var task = new MaintenanceTask
        {
            Subject = $"Unread task {tag}",
            AssignedTo = "2",
            PropertyId = template.Id,
            Category = taskCategory.Name,
            Priority = "Normal",
            Status = "New",
        };
        var glAccount = new GlAccount
        {
            Name = $"Unread repairs {tag}",
            AccountNumber = "8" + tag[..5],
            Type = "Expense",
            SubType = "OperatingExpenses",
        };
        var bankAccount = new BankAccount { Name = $"Unread Savings {tag}", BankAccountType = "Savings", RoutingNumber = "011000138", GlAccountId = bankGl.Id };
        // Children of records already in Buildium: their own POSTs are the unreadable ones.
        var knownVendor = await db.Vendors.AsNoTracking().FirstAsync(v => v.BuildiumVendorId != null);
        var knownCategory = await db.TaskCategories.AsNoTracking().Where(c => c.BuildiumCategoryId != null).Select(c => c.Name).FirstAsync();
        var openBill = (await db.Bills.AsNoTracking().Where(b => b.BuildiumBillId != null && b.Amount != null)
                .Select(b => new { b.Id, Open = b.Amount!.Value - b.Payments.Sum(p => p.Amount ?? 0m) }).ToListAsync())
            .First(b => b.Open >= 1m);
        var knownBill = new Bill
        {
            VendorId = knownVendor.Id,
            PropertyId = template.Id,
            Date = new DateOnly(2026, 11, 2),
            DueDate = new DateOnly(2026, 11, 30),
            Amount = 77.25m,
            Description = "Unread bill of a known vendor",
            ReferenceNumber = $"UK-{tag}",
            CategoryId = billCategoryId,
        };
        var knownPayment = new BillPayment
        {
            BillId = openBill.Id,
            BankAccountId = template.OperatingBankAccountId,
            Amount = 1m,
            Date = new DateOnly(2026, 11, 21),
            ReferenceNumber = $"UQ-{tag}",
        };
        var knownTask = new MaintenanceTask { Subject = $"Unread known task {tag}", AssignedTo = "2", PropertyId = template.Id, Category = knownCategory, Priority = "Normal", Status = "New" };
        db.AddRange(property, unit, owner, vendorCategory, vendor, bill, payment, taskCategory, task, glAccount, bankAccount, knownBill, knownPayment, knownTask);
        await db.SaveChangesAsync();

        return
        [
            new("rentals", "Name", property.Name, async d => await d.Properties.CountAsync(p => p.Name == property.Name)),
            new("units", "UnitNumber", property.Units[0].UnitNumber!, async d => await d.Units.CountAsync(u => u.UnitNumber == property.Units[0].UnitNumber)),
            new("units", "UnitNumber", unit.UnitNumber!, async d => await d.Units.CountAsync(u => u.UnitNumber == unit.UnitNumber)),
            new("owners", "LastName", owner.LastName!, async d => await d.Owners.CountAsync(o => o.LastName == owner.LastName)),
            new("vendorcategories", "Name", vendorCategory.Name!, async d => await d.VendorCategories.CountAsync(c => c.Name == vendorCategory.Name)),
            new("vendors", "CompanyName", vendor.Name!, async d => await d.Vendors.CountAsync(v => v.Name == vendor.Name)),
            new("bills", "ReferenceNumber", bill.ReferenceNumber!, async d => await d.Bills.CountAsync(b => b.ReferenceNumber == bill.ReferenceNumber)),
            new("billpayments", "CheckNumber", payment.ReferenceNumber!, async d => await d.BillPayments.CountAsync(p => p.ReferenceNumber == payment.ReferenceNumber)),
            new("taskcategories", "Name", taskCategory.Name!, async d => await d.TaskCategories.CountAsync(c => c.Name == taskCategory.Name)),
            new("tasks", "Title", task.Subject!, async d => await d.Tasks.CountAsync(t => t.Subject == task.Subject)),
            new("bills", "ReferenceNumber", knownBill.ReferenceNumber!, async d => await d.Bills.CountAsync(b => b.ReferenceNumber == knownBill.ReferenceNumber)),
            new("billpayments", "CheckNumber", knownPayment.ReferenceNumber!, async d => await d.BillPayments.CountAsync(p => p.ReferenceNumber == knownPayment.ReferenceNumber)),
            new("tasks", "Title", knownTask.Subject!, async d => await d.Tasks.CountAsync(t => t.Subject == knownTask.Subject)),
            new("glaccounts", "Name", glAccount.Name, async d => await d.GlAccounts.CountAsync(g => g.Name == glAccount.Name)),
            new("bankaccounts", "Name", bankAccount.Name, async d => await d.BankAccounts.CountAsync(b => b.Name == bankAccount.Name)),
        ];
    }

    private static Unit NewUnit(string number) => new()
    {
        UnitNumber = number,
        MarketRent = 1500m,
        AddressLine1 = "1 Unread Street",
        City = "Boston",
        State = "MA",
        PostalCode = "02110",
        Country = "UnitedStates",
    };

    private async Task FinishAsync(BuildiumHostFixture app, string scenario, long faults, IReadOnlyList<Created> created, Stopwatch clock)
    {
        var reconciliation = await app.ReconcileAsync();
        var store = app.Emulator.Store;
        await using var db = _database.CreateContext();
        int lost = 0, duplicated = 0;
        foreach (var record in created)
        {
            var inBuildium = store.GetIds(record.Collection)
                .Count(id => store.Get(record.Collection, id)?[record.Field]?.GetValue<string>() == record.Key);
            var local = await record.CountLocal(db);
            output.WriteLine($"{record.Collection} '{record.Key}': {inBuildium} in Buildium, {local} locally");
            lost += (inBuildium == 0 ? 1 : 0) + (local == 0 ? 1 : 0);
            duplicated += Math.Max(0, inBuildium - 1) + Math.Max(0, local - 1);
        }

        var unsynced = await db.SyncStatuses.CountAsync(s => s.EntityId != null && s.SyncStatus != SyncStates.Synced);
        lost += unsynced + reconciliation.Sum(r => r.MissingLocally.Count + r.MissingInBuildium.Count);
        var row = new SurvivalRow(
            scenario, faults, reconciliation.Sum(r => r.BuildiumCount), lost, duplicated, reconciliation.Sum(r => r.Different.Count), clock.Elapsed);
        report.Add(row, output);
        unsynced.ShouldBe(0, "every outbox row ends synced");
        row.ShouldHaveSurvived(reconciliation);
    }

    /// <summary>A record created locally: where Buildium keeps it, the field holding its natural key, and its local count.</summary>
    private sealed record Created(string Collection, string Field, string Key, Func<AppDbContext, Task<int>> CountLocal)
    {
        /// <summary>
        /// The sync kind a one-record pull reads it as; null for bill payments (read only through their bill) and bank
        /// accounts (their new GL account, which Buildium makes, must arrive first): the ordinary run finds those.
        /// </summary>
        public string? Kind => Collection switch
        {
            "rentals" => SyncEntityTypes.Property,
            "units" => SyncEntityTypes.Unit,
            "owners" => SyncEntityTypes.Owner,
            "vendorcategories" => SyncEntityTypes.VendorCategory,
            "vendors" => SyncEntityTypes.Vendor,
            "bills" => SyncEntityTypes.Bill,
            "taskcategories" => SyncEntityTypes.TaskCategory,
            "tasks" => SyncEntityTypes.Task,
            "glaccounts" => SyncEntityTypes.GlAccount,
            _ => null,
        };
    }
}
