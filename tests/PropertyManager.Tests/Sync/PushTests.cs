using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Payables;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>Local to Buildium through the outbox, against the emulator over loopback and a real database per test.</summary>
public sealed class PushTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // A hung POST is cut off after 300 ms, so the outcome-unknown test takes no longer than that.
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString, o => o.Faults.TimeoutMs = 300);
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_property_created_locally_with_a_unit_is_created_in_Buildium_and_both_ids_are_stored()
    {
        Property property;
        await using (var db = _database.CreateContext())
        {
            var template = await db.Properties.AsNoTracking().FirstAsync(p => p.OperatingBankAccountId != null);
            property = new Property
            {
                Name = "Pushed Heights " + Guid.NewGuid().ToString("N")[..6],
                RentalSubType = template.RentalSubType,
                OperatingBankAccountId = template.OperatingBankAccountId,
                AddressLine1 = "1 Push Street",
                City = "Boston",
                State = "MA",
                PostalCode = "02110",
                Country = "UnitedStates",
            };
            property.Units.Add(new Unit
            {
                UnitNumber = "P-1",
                MarketRent = 1500m,
                AddressLine1 = "1 Push Street",
                City = "Boston",
                State = "MA",
                PostalCode = "02110",
                Country = "UnitedStates",
            });
            db.Add(property);
            await db.SaveChangesAsync();
        }

        var report = await _buildium.PushAsync();

        report.Errors.ShouldBeEmpty();
        report.Kinds[SyncEntityTypes.Property].Pushed.ShouldBe(1);
        await using (var db = _database.CreateContext())
        {
            var stored = await db.Properties.AsNoTracking().Include(p => p.Units).SingleAsync(p => p.Id == property.Id);
            var rental = _buildium.Emulator.Store.Get("rentals", stored.BuildiumPropertyId.ShouldNotBeNull())!;
            rental["Name"]!.GetValue<string>().ShouldBe(property.Name);
            var unitId = stored.Units.Single().BuildiumUnitId.ShouldNotBeNull();
            var unit = _buildium.Emulator.Store.Get("units", unitId)!;
            unit["PropertyId"]!.GetValue<int>().ShouldBe(stored.BuildiumPropertyId!.Value);
            unit["UnitNumber"]!.GetValue<string>().ShouldBe("P-1");
            (await db.SyncStatuses.Where(s => s.EntityId == property.Id || s.EntityId == stored.Units[0].Id).Select(s => s.SyncStatus).ToListAsync())
                .ShouldBe([SyncStates.Synced, SyncStates.Synced]);
        }

        (await _buildium.PushAsync()).Pushed.ShouldBe(0, "nothing is left to push");
    }

    [Fact]
    public async Task An_owner_a_vendor_its_bill_and_a_task_created_locally_reach_Buildium_in_dependency_order()
    {
        var store = _buildium.Emulator.Store;
        Owner owner;
        Vendor vendor;
        Data.Bills.Bill bill;
        MaintenanceTask task;
        await using (var db = _database.CreateContext())
        {
            var property = await db.Properties.AsNoTracking().FirstAsync(p => p.BuildiumPropertyId != null);
            var vendorCategory = await db.VendorCategories.AsNoTracking().FirstAsync(c => c.BuildiumCategoryId != null);
            var billCategory = await db.BillCategories.AsNoTracking().FirstAsync(c => c.BuildiumCategoryId != null);
            var taskCategory = await db.TaskCategories.AsNoTracking().FirstAsync(c => c.BuildiumCategoryId != null);
            owner = new Owner
            {
                FirstName = "Ada",
                LastName = "Pushwell",
                Email = "ada.pushwell@example.com",
                IsCompany = false,
                AddressLine1 = "2 Owner Way",
                City = "Boston",
                State = "MA",
                PostalCode = "02111",
                Country = "UnitedStates",
            };
            owner.Ownerships.Add(new Ownership { PropertyId = property.Id, OwnershipPercentage = 100m, Primary = true });
            vendor = new Vendor { Name = "Pushed Plumbing " + Guid.NewGuid().ToString("N")[..6], CategoryId = vendorCategory.BuildiumCategoryId, Email = "pp@example.com" };
            bill = new Data.Bills.Bill
            {
                Vendor = vendor,
                PropertyId = property.Id,
                Date = new DateOnly(2026, 11, 1),
                DueDate = new DateOnly(2026, 11, 30),
                Amount = 321.50m,
                Description = "Pushed bill",
                ReferenceNumber = "PB-" + Guid.NewGuid().ToString("N")[..6],
                CategoryId = billCategory.BuildiumCategoryId,
            };
            task = new MaintenanceTask
            {
                Subject = "Pushed task",
                Description = "Fix the pushed thing",
                AssignedTo = "2",
                PropertyId = property.Id,
                Category = taskCategory.Name,
                Priority = "High",
                Status = "New",
                ScheduledDate = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            };
            db.AddRange(owner, bill, task);
            await db.SaveChangesAsync();
        }

        var report = await _buildium.PushAsync();

        report.Errors.ShouldBeEmpty();
        report.Pushed.ShouldBe(4);
        await using (var db = _database.CreateContext())
        {
            var storedOwner = await db.Owners.AsNoTracking().SingleAsync(o => o.Id == owner.Id);
            store.Get("owners", storedOwner.BuildiumOwnerId.ShouldNotBeNull())!["Email"]!.GetValue<string>().ShouldBe("ada.pushwell@example.com");
            var storedVendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == vendor.Id);
            store.Get("vendors", storedVendor.BuildiumVendorId.ShouldNotBeNull())!["CompanyName"]!.GetValue<string>().ShouldBe(vendor.Name);
            var storedBill = await db.Bills.AsNoTracking().SingleAsync(b => b.Id == bill.Id);
            var remoteBill = store.Get("bills", storedBill.BuildiumBillId.ShouldNotBeNull())!;
            remoteBill["VendorId"]!.GetValue<int>().ShouldBe(storedVendor.BuildiumVendorId!.Value, "the vendor was created first");
            remoteBill["ReferenceNumber"]!.GetValue<string>().ShouldBe(bill.ReferenceNumber);
            var storedTask = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id);
            store.Get("tasks", storedTask.BuildiumTaskId.ShouldNotBeNull())!["Title"]!.GetValue<string>().ShouldBe("Pushed task");
        }
    }

    [Fact]
    public async Task An_edit_is_pushed_by_GET_merge_PUT_and_keeps_what_only_Buildium_holds()
    {
        var store = _buildium.Emulator.Store;
        var vendorId = store.GetIds("vendors").First(id => store.Get("vendors", id)!["Website"] is JsonValue);
        var website = store.Get("vendors", vendorId)!["Website"]!.GetValue<string>();
        await using (var db = _database.CreateContext())
        {
            var vendor = await db.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId);
            vendor.Notes = "Edited locally";
            await db.SaveChangesAsync();
        }

        var report = await _buildium.PushAsync();

        report.Kinds[SyncEntityTypes.Vendor].Pushed.ShouldBe(1);
        var remote = store.Get("vendors", vendorId)!;
        remote["Comments"]!.GetValue<string>().ShouldBe("Edited locally");
        remote["Website"]!.GetValue<string>().ShouldBe(website, "the PUT carried the field the app does not hold");
    }

    [Fact]
    public async Task Edits_of_leases_and_work_orders_are_pushed_but_their_creation_fails_with_what_Buildium_needs()
    {
        var store = _buildium.Emulator.Store;
        long newLeaseId;
        Guid newWorkOrderId;
        int leaseId;
        int workOrderId;
        await using (var db = _database.CreateContext())
        {
            var lease = await db.Leases.FirstAsync(l => l.BuildiumLeaseId != null && l.EndDate != null);
            leaseId = lease.BuildiumLeaseId!.Value;
            lease.EndDate = lease.EndDate!.Value.AddMonths(6);
            var workOrder = await db.WorkOrders.FirstAsync(w => w.BuildiumWorkOrderId != null);
            workOrderId = workOrder.BuildiumWorkOrderId!.Value;
            workOrder.Subject = "Replace the boiler (edited locally)";
            var newLease = new Lease { UnitId = lease.UnitId, PropertyId = lease.PropertyId, StartDate = new DateTime(2027, 1, 1), Status = LeaseStatuses.Active };
            var newWorkOrder = new WorkOrder { Subject = "New local work order", PropertyId = workOrder.PropertyId };
            db.AddRange(newLease, newWorkOrder);
            await db.SaveChangesAsync();
            newLeaseId = newLease.Id;
            newWorkOrderId = newWorkOrder.Id;
            var expectedEnd = DateOnly.FromDateTime(lease.EndDate.Value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

            var report = await _buildium.PushAsync();

            report.Kinds[SyncEntityTypes.Lease].Pushed.ShouldBe(1);
            report.Kinds[SyncEntityTypes.WorkOrder].Pushed.ShouldBe(1);
            store.Get("leases", leaseId)!["LeaseToDate"]!.GetValue<string>().ShouldBe(expectedEnd);
            store.Get("workorders", workOrderId)!["Title"]!.GetValue<string>().ShouldBe("Replace the boiler (edited locally)");
        }

        await using (var db = _database.CreateContext())
        {
            var leaseStatus = await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Lease && s.EntityId == SyncEntityIds.FromLeaseId(newLeaseId));
            leaseStatus.SyncStatus.ShouldBe(SyncStates.Failed);
            leaseStatus.ErrorMessage.ShouldNotBeNull().ShouldContain("Buildium needs at least one tenant");
            var workOrderStatus = await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.WorkOrder && s.EntityId == newWorkOrderId);
            workOrderStatus.SyncStatus.ShouldBe(SyncStates.Failed);
            workOrderStatus.ErrorMessage.ShouldNotBeNull().ShouldContain("needs a vendor before it can be created in Buildium");
        }
    }

    [Fact]
    public async Task A_validation_error_marks_the_record_failed_with_Buildiums_message_and_it_waits_for_the_next_edit()
    {
        var owner = new Owner
        {
            FirstName = "No",
            LastName = "Property",
            Email = "no.property@example.com",
            IsCompany = false,
            AddressLine1 = "3 Nowhere Lane",
            City = "Boston",
            State = "MA",
            PostalCode = "02112",
            Country = "UnitedStates",
        };
        await using (var db = _database.CreateContext())
        {
            db.Add(owner);
            await db.SaveChangesAsync();
        }

        var first = await _buildium.PushAsync();

        first.Kinds[SyncEntityTypes.Owner].Failed.ShouldBe(1);
        await using (var db = _database.CreateContext())
        {
            var status = await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityId == owner.Id);
            status.SyncStatus.ShouldBe(SyncStates.Failed);
            status.ErrorMessage.ShouldNotBeNull().ShouldContain("At least one property ID must be provided.");
        }

        var posts = OwnerPosts();
        (await _buildium.PushAsync()).Kinds.ShouldNotContainKey(SyncEntityTypes.Owner);
        OwnerPosts().ShouldBe(posts, "a rejected record is not sent again unchanged");

        await using (var db = _database.CreateContext())
        {
            var stored = await db.Owners.SingleAsync(o => o.Id == owner.Id);
            stored.Comment = "Now with a comment";
            await db.SaveChangesAsync();
            (await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityId == owner.Id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }

        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Owner].Failed.ShouldBe(1, "an edited record is tried again");
        OwnerPosts().ShouldBe(posts + 1);
    }

    [Fact]
    public async Task A_POST_that_timed_out_is_looked_up_before_it_is_retried_so_no_duplicate_is_created()
    {
        var store = _buildium.Emulator.Store;
        Vendor vendor;
        await using (var db = _database.CreateContext())
        {
            var category = await db.VendorCategories.AsNoTracking().FirstAsync(c => c.BuildiumCategoryId != null);
            vendor = new Vendor { Name = "Timeout Roofing " + Guid.NewGuid().ToString("N")[..6], CategoryId = category.BuildiumCategoryId };
            db.Add(vendor);
            await db.SaveChangesAsync();
        }

        _buildium.Emulator.Faults.InjectNext(FaultKind.Timeout, method: "POST", pathPrefix: "/v1/vendors");
        var first = await _buildium.PushAsync();

        first.Kinds[SyncEntityTypes.Vendor].Failed.ShouldBe(1);
        await using (var db = _database.CreateContext())
        {
            (await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityId == vendor.Id)).ErrorMessage.ShouldNotBeNull()
                .ShouldStartWith(OutboxNotes.OutcomeUnknownPrefix);
        }

        // Buildium did create it after all (the answer was lost): a blind retry would now make a second one.
        var landed = await _buildium.Client.Vendors.CreateAsync(VendorMapper.ToPost(vendor));

        var second = await _buildium.PushAsync();

        second.Kinds[SyncEntityTypes.Vendor].Pushed.ShouldBe(1);
        store.GetIds("vendors").Count(id => store.Get("vendors", id)!["CompanyName"]?.GetValue<string>() == vendor.Name).ShouldBe(1);
        await using (var db = _database.CreateContext())
        {
            (await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == vendor.Id)).BuildiumVendorId.ShouldBe(landed.Id);
        }
    }

    [Fact]
    public async Task A_create_answered_with_an_unreadable_body_is_looked_up_before_it_is_retried()
    {
        var store = _buildium.Emulator.Store;
        Vendor vendor;
        await using (var db = _database.CreateContext())
        {
            var category = await db.VendorCategories.AsNoTracking().FirstAsync(c => c.BuildiumCategoryId != null);
            vendor = new Vendor { Name = "Garbled Answer Glass " + Guid.NewGuid().ToString("N")[..6], CategoryId = category.BuildiumCategoryId };
            db.Add(vendor);
            await db.SaveChangesAsync();
        }

        // Buildium creates the vendor and answers 200, but the body is cut in half: the id never arrives.
        _buildium.Emulator.Faults.InjectNext(FaultKind.MalformedJson, method: "POST", pathPrefix: "/v1/vendors");
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Vendor].Failed.ShouldBe(1);
        await using (var db = _database.CreateContext())
        {
            (await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityId == vendor.Id)).ErrorMessage.ShouldNotBeNull()
                .ShouldStartWith(OutboxNotes.OutcomeUnknownPrefix);
        }

        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Vendor].Pushed.ShouldBe(1);

        var copies = store.GetIds("vendors").Where(id => store.Get("vendors", id)!["CompanyName"]?.GetValue<string>() == vendor.Name).ToList();
        copies.Count.ShouldBe(1, "the retry adopted the vendor the first POST created");
        await using (var db = _database.CreateContext())
        {
            (await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == vendor.Id)).BuildiumVendorId.ShouldBe(copies[0]);
        }
    }

    [Fact]
    public async Task A_POST_that_timed_out_without_landing_is_created_once_on_the_retry()
    {
        var store = _buildium.Emulator.Store;
        Vendor vendor;
        await using (var db = _database.CreateContext())
        {
            var category = await db.VendorCategories.AsNoTracking().FirstAsync(c => c.BuildiumCategoryId != null);
            vendor = new Vendor { Name = "Lost Answer Glass " + Guid.NewGuid().ToString("N")[..6], CategoryId = category.BuildiumCategoryId };
            db.Add(vendor);
            await db.SaveChangesAsync();
        }

        _buildium.Emulator.Faults.InjectNext(FaultKind.Timeout, method: "POST", pathPrefix: "/v1/vendors");
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Vendor].Failed.ShouldBe(1);
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Vendor].Pushed.ShouldBe(1);
        (await _buildium.PushAsync()).Pushed.ShouldBe(0);

        store.GetIds("vendors").Count(id => store.Get("vendors", id)!["CompanyName"]?.GetValue<string>() == vendor.Name).ShouldBe(1);
    }

    [Fact]
    public async Task Deactivating_a_property_locally_sends_Buildiums_inactivation_request()
    {
        var store = _buildium.Emulator.Store;
        int rentalId;
        await using (var db = _database.CreateContext())
        {
            var property = await db.Properties.FirstAsync(p => p.BuildiumPropertyId != null && p.IsActive == true);
            rentalId = property.BuildiumPropertyId!.Value;
            property.IsActive = false;
            property.Status = PropertyStatuses.Inactive;
            await db.SaveChangesAsync();
        }

        var before = InactivationRequests();
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Property].Pushed.ShouldBe(1);

        InactivationRequests().ShouldBe(before + 1);
        store.Get("rentals", rentalId)!["IsActive"]!.GetValue<bool>().ShouldBeFalse();
    }

    private long OwnerPosts() => Requests("POST", "/v1/rentals/owners");

    private long InactivationRequests() => Requests("POST", "inactivationrequest");

    private long Requests(string method, string pathPart) => _buildium.Emulator.Stats.RequestsByEndpoint
        .Where(e => e.Key.StartsWith(method, StringComparison.Ordinal) && e.Key.Contains(pathPart, StringComparison.Ordinal))
        .Sum(e => e.Value);
}
