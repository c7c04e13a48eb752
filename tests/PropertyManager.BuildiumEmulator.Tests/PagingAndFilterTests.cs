using System.Globalization;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class PagingAndFilterTests
{
    [Fact]
    public async Task Pages_cover_every_record_once_across_page_boundaries()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var total = await client.TotalCountAsync("/v1/rentals/units?limit=1");

        var seen = new List<int>();
        for (var offset = 0; offset < total; offset += 7)
        {
            var page = await client.GetArrayAsync($"/v1/rentals/units?limit=7&offset={offset}&orderby=Id%20asc");
            page.Count.ShouldBe(Math.Min(7, total - offset));
            seen.AddRange(page.Select(u => u!.Id()));
        }

        total.ShouldBe(20);
        seen.ShouldBe(seen.Order().Distinct().ToList());
        seen.Count.ShouldBe(total);
        (await client.GetArrayAsync($"/v1/rentals/units?offset={total}")).ShouldBeEmpty();
        (await client.TotalCountAsync($"/v1/rentals/units?offset={total}")).ShouldBe(total);
    }

    [Fact]
    public async Task Every_list_has_x_total_count_and_a_bare_array()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        string[] lists =
        [
            "/v1/rentals", "/v1/rentals/units", "/v1/rentals/owners", "/v1/leases", "/v1/bankaccounts", "/v1/glaccounts", "/v1/vendors",
            "/v1/vendors/categories", "/v1/bills", "/v1/bills/200001/payments", "/v1/tasks", "/v1/tasks/residentrequests", "/v1/tasks/todorequests",
            "/v1/tasks/contactrequests", "/v1/tasks/rentalownerrequests", "/v1/tasks/categories", "/v1/tasks/400000/history",
            "/v1/tasks/400000/history/500000/files", "/v1/workorders", "/v1/files",
        ];

        foreach (var list in lists)
        {
            var total = await client.TotalCountAsync(list + "?limit=2");
            var page = await client.GetArrayAsync(list + "?limit=2");
            page.Count.ShouldBe(Math.Min(2, total), list);
        }
    }

    [Fact]
    public async Task Orderby_takes_several_clauses_and_case_insensitive_names()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        var bills = await client.GetArrayAsync("/v1/bills?orderby=vendorid%20DESC,date%20asc&limit=1000");

        var keys = bills.Select(b => (Vendor: b!["VendorId"]!.GetValue<int>(), Date: b["Date"]!.GetValue<string>(), Id: b.Id())).ToList();
        keys.ShouldBe([.. keys.OrderByDescending(k => k.Vendor).ThenBy(k => k.Date, StringComparer.Ordinal).ThenBy(k => k.Id)]);
        var byName = await client.GetArrayAsync("/v1/rentals?orderby=Address.City");
        byName.Select(r => r!["Address"]!["City"]!.GetValue<string>()).ShouldBeInOrder(SortDirection.Ascending, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Limit_over_1000_is_capped_and_limit_defaults_to_50()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        for (var i = 0; i < 60; i++)
        {
            using var created = await client.PostAsync("/v1/vendors/categories", TestEmulator.Json(new { Name = $"Category {i}" }));
            created.EnsureSuccessStatusCode();
        }

        (await client.GetArrayAsync("/v1/vendors/categories")).Count.ShouldBe(50);
        (await client.GetArrayAsync("/v1/vendors/categories?limit=5000")).Count.ShouldBe(72);
    }

    [Fact]
    public async Task Repeated_array_keys_and_enum_filters_narrow_the_list()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        var units = await client.GetArrayAsync("/v1/rentals/units?propertyids=1000&propertyids=1002");
        units.Select(u => u!["PropertyId"]!.GetValue<int>()).Distinct().Order().ShouldBe([1000, 1002]);

        var todos = await client.GetArrayAsync("/v1/tasks?type=Todo&statuses=New&statuses=InProgress&limit=1000");
        todos.ShouldAllBe(t => t!["TaskType"]!.GetValue<string>() == "Todo");
        todos.ShouldAllBe(t => t!["TaskStatus"]!.GetValue<string>() == "New" || t["TaskStatus"]!.GetValue<string>() == "InProgress");

        var expense = await client.GetArrayAsync("/v1/glaccounts?accounttypes=Expense&limit=1000");
        expense.ShouldNotBeEmpty();
        expense.ShouldAllBe(g => g!["Type"]!.GetValue<string>() == "Expense");

        var unitTasks = await client.GetArrayAsync("/v1/tasks?unitid=20000&limit=1000");
        unitTasks.ShouldAllBe(t => t!["UnitId"]!.GetValue<int>() == 20000);
    }

    [Fact]
    public async Task Bill_filters_by_paid_status_paid_date_vendor_reference_and_entity()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var all = await client.GetArrayAsync("/v1/bills?limit=1000");

        var paid = await client.GetArrayAsync("/v1/bills?paidstatus=Paid&limit=1000");
        var unpaid = await client.GetArrayAsync("/v1/bills?paidstatus=Unpaid&limit=1000");
        paid.ShouldAllBe(b => b!["PaidDate"] != null);
        unpaid.ShouldAllBe(b => b!["PaidDate"] == null);
        (paid.Count + unpaid.Count).ShouldBe(all.Count);

        var paidDate = paid[0]!["PaidDate"]!.GetValue<string>();
        var onDay = await client.GetArrayAsync($"/v1/bills?frompaiddate={paidDate}&topaiddate={paidDate}&limit=1000");
        onDay.ShouldNotBeEmpty();
        onDay.ShouldAllBe(b => b!["PaidDate"]!.GetValue<string>() == paidDate);

        var vendorId = all[0]!["VendorId"]!.GetValue<int>();
        (await client.GetArrayAsync($"/v1/bills?vendorid={vendorId}&limit=1000")).ShouldAllBe(b => b!["VendorId"]!.GetValue<int>() == vendorId);
        (await client.GetArrayAsync("/v1/bills?referencenumber=INV-000003")).Single()!["ReferenceNumber"]!.GetValue<string>().ShouldBe("INV-000003");

        var forProperty = await client.GetArrayAsync("/v1/bills?entityid=1000&entitytype=Rental&limit=1000");
        forProperty.ShouldAllBe(b => b!["Lines"]!.AsArray().Any(l => l!["AccountingEntity"]!["Id"]!.GetValue<int>() == 1000));
    }

    [Theory]
    [InlineData("/v1/rentals", "rentals", 1000)]
    [InlineData("/v1/rentals/units", "units", 20000)]
    [InlineData("/v1/rentals/owners", "owners", 50000)]
    [InlineData("/v1/leases", "leases", 100000)]
    [InlineData("/v1/vendors", "vendors", 3000)]
    public async Task Lastupdated_filters_have_second_precision_on_date_time_endpoints(string list, string kind, int id)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var before = Second(DateTime.UtcNow);
        emulator.Store.Touch(kind, id).ShouldNotBeNull();
        var after = Second(DateTime.UtcNow);

        var from = await client.GetArrayAsync($"{list}?lastupdatedfrom={Format(before)}&limit=1000");
        from.Select(r => r!.Id()).ShouldBe([id]);
        (await client.GetArrayAsync($"{list}?lastupdatedfrom={Format(after.AddSeconds(1))}")).ShouldBeEmpty();
        var to = await client.GetArrayAsync($"{list}?lastupdatedto={Format(before.AddSeconds(-1))}&limit=1000");
        to.Select(r => r!.Id()).ShouldNotContain(id);
        (await client.TotalCountAsync($"{list}?lastupdatedto={Format(after)}&limit=1")).ShouldBe(await client.TotalCountAsync($"{list}?limit=1"));
    }

    [Theory]
    [InlineData("/v1/tasks", "tasks", 400001)]
    [InlineData("/v1/tasks/todorequests", "tasks", 400001)]
    [InlineData("/v1/workorders", "workorders", 800001)]
    public async Task Lastupdated_filters_have_day_precision_on_tasks_and_work_orders(string list, string kind, int id)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var today = DateTime.UtcNow.Date;
        emulator.Store.Touch(kind, id).ShouldNotBeNull();

        (await client.GetArrayAsync($"{list}?lastupdatedfrom={today:yyyy-MM-dd}&limit=1000")).Select(r => r!.Id()).ShouldBe([id]);
        (await client.GetArrayAsync($"{list}?lastupdatedfrom={today.AddDays(1):yyyy-MM-dd}")).ShouldBeEmpty();
        (await client.GetArrayAsync($"{list}?lastupdatedto={today.AddDays(-1):yyyy-MM-dd}&limit=1000")).Select(r => r!.Id()).ShouldNotContain(id);
    }

    [Fact]
    public async Task Leases_and_tasks_expose_their_timestamps_and_history_spells_created_with_capital_i()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var before = DateTime.UtcNow.AddSeconds(-1);

        var lease = emulator.Store.Touch("leases", 100000)!;
        DateTime.Parse(lease["LastUpdatedDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).ShouldBeGreaterThan(before);
        lease["CreatedDateTime"].ShouldNotBeNull();
        var history = await client.GetArrayAsync("/v1/tasks/400000/history");
        history[0]!.AsObject().ContainsKey("CreatedDateTIme").ShouldBeTrue();
        history[0]!.AsObject().ContainsKey("CreatedDateTime").ShouldBeFalse();
    }

    private static DateTime Second(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    private static string Format(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
