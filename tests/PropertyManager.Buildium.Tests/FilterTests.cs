using PropertyManager.Buildium.Leases;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Buildium.Tests.Infrastructure;
using PropertyManager.Buildium.Units;
using PropertyManager.Buildium.WorkOrders;

namespace PropertyManager.Buildium.Tests;

public sealed class FilterTests
{
    [Fact]
    public async Task Date_time_filter_is_sent_as_utc_seconds_and_selects_only_records_updated_since()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        // The emulator compares whole seconds: let the seed's timestamps fall into an earlier second.
        await Task.Delay(1100);
        var since = DateTimeOffset.UtcNow;
        var touched = t.Emulator.Store.GetIds("rentals").Take(2).ToList();
        touched.ForEach(id => t.Emulator.Store.Touch("rentals", id));

        var changed = await t.Client.Rentals.ListAsync(new RentalListFilter { LastUpdatedFrom = since }).ToListAsync();
        var unchanged = await t.Client.Rentals.ListAsync(new RentalListFilter { LastUpdatedTo = since.AddSeconds(-1) }).ToListAsync();

        changed.Select(r => r.Id).ShouldBe(touched, ignoreOrder: true);
        unchanged.Select(r => r.Id).ShouldNotContain(id => touched.Contains(id));
        unchanged.Count.ShouldBe(t.Emulator.Store.Count("rentals") - touched.Count);
        var endpoint = (await t.Sink.WaitForAsync(c => c.Endpoint.Contains("lastupdatedfrom", StringComparison.Ordinal), 1))[0].Endpoint;
        Uri.UnescapeDataString(endpoint).ShouldMatch(@"lastupdatedfrom=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ(&|$)");
    }

    [Fact]
    public async Task Date_only_filters_on_tasks_and_work_orders_are_sent_as_dates()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var task = t.Emulator.Store.GetIds("tasks")[0];
        var workOrder = t.Emulator.Store.GetIds("workorders")[0];
        t.Emulator.Store.Touch("tasks", task);
        t.Emulator.Store.Touch("workorders", workOrder);

        var tasksToday = await t.Client.Tasks.ListAsync(new TaskListFilter { LastUpdatedFrom = today }).ToListAsync();
        var tasksBefore = await t.Client.Tasks.ListAsync(new TaskListFilter { LastUpdatedTo = today.AddDays(-1) }).ToListAsync();
        var workOrdersToday = await t.Client.WorkOrders.ListAsync(new WorkOrderListFilter { LastUpdatedFrom = today }).ToListAsync();

        tasksToday.Select(x => x.Id).ShouldContain(task);
        tasksToday.ShouldAllBe(x => x.LastUpdatedDateTime != null && x.LastUpdatedDateTime.Value.UtcDateTime.Date >= today.ToDateTime(TimeOnly.MinValue));
        tasksBefore.Select(x => x.Id).ShouldNotContain(task);
        workOrdersToday.Select(x => x.Id).ShouldContain(workOrder);
        var endpoints = (await t.Sink.WaitForAsync(c => c.Endpoint.Contains("lastupdated", StringComparison.Ordinal), 3)).Select(c => c.Endpoint).ToList();
        endpoints.ShouldContain($"/v1/tasks?lastupdatedfrom={today:yyyy-MM-dd}&orderby=Id%20asc&offset=0&limit=1000");
        endpoints.ShouldContain(e => e.StartsWith($"/v1/workorders?lastupdatedfrom={today:yyyy-MM-dd}&", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Lease_created_date_time_filter_uses_the_spaced_format()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var all = t.Emulator.Store.Count("leases");

        var inRange = await t.Client.Leases.ListAsync(new LeaseListFilter
        {
            CreatedDateTimeFrom = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
            CreatedDateTimeTo = DateTimeOffset.UtcNow.AddDays(1),
        }).ToListAsync();
        var future = await t.Client.Leases.ListAsync(new LeaseListFilter { CreatedDateTimeFrom = DateTimeOffset.UtcNow.AddDays(2) }).ToListAsync();

        all.ShouldBeGreaterThan(0);
        inRange.Count.ShouldBe(all);
        future.ShouldBeEmpty();
        var endpoint = (await t.Sink.WaitForAsync(c => c.Endpoint.Contains("createddatetimeto", StringComparison.Ordinal), 1))[0].Endpoint;
        endpoint.ShouldContain("createddatetimefrom=2000-01-01%2000%3A00%3A00");
    }

    [Fact]
    public async Task Array_filters_repeat_the_key()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var properties = t.Emulator.Store.GetIds("rentals").Take(2).ToList();
        var expected = t.Emulator.Store.GetIds("units")
            .Where(id => properties.Contains((int)t.Emulator.Store.Get("units", id)!["PropertyId"]!))
            .ToList();

        var units = await t.Client.RentalUnits.ListAsync(new RentalUnitListFilter { PropertyIds = properties }).ToListAsync();

        expected.ShouldNotBeEmpty();
        units.Select(u => u.Id).ShouldBe(expected, ignoreOrder: true);
        var endpoint = (await t.Sink.WaitForAsync(c => c.Endpoint.Contains("propertyids", StringComparison.Ordinal), 1))[0].Endpoint;
        endpoint.ShouldStartWith($"/v1/rentals/units?propertyids={properties[0]}&propertyids={properties[1]}&");
    }

    [Fact]
    public async Task Enum_filters_are_sent_by_name()
    {
        await using var t = await BuildiumTestHost.StartAsync();

        var active = await t.Client.Rentals.ListAsync(new RentalListFilter { Status = RentalStatus.Active }).ToListAsync();
        var inactive = await t.Client.Rentals.ListAsync(new RentalListFilter { Status = RentalStatus.InActive }).ToListAsync();

        active.ShouldAllBe(r => r.IsActive);
        inactive.ShouldAllBe(r => !r.IsActive);
        (active.Count + inactive.Count).ShouldBe(t.Emulator.Store.Count("rentals"));
        (await t.Sink.WaitForAsync(c => c.Endpoint.Contains("status=InActive", StringComparison.Ordinal), 1)).ShouldNotBeEmpty();
    }
}
