using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class SeedTests
{
    private static readonly string[] _lists =
    [
        "/v1/rentals", "/v1/rentals/units", "/v1/rentals/owners", "/v1/leases", "/v1/bankaccounts", "/v1/glaccounts", "/v1/vendors",
        "/v1/vendors/categories", "/v1/bills", "/v1/tasks", "/v1/tasks/residentrequests", "/v1/tasks/todorequests", "/v1/tasks/contactrequests",
        "/v1/tasks/rentalownerrequests", "/v1/tasks/categories", "/v1/workorders", "/v1/files",
    ];

    [Fact]
    public async Task Same_seed_gives_byte_identical_data_and_another_seed_differs()
    {
        await using var first = await TestEmulator.StartAsync(o => o.Seed = 7);
        await using var second = await TestEmulator.StartAsync(o => o.Seed = 7);
        await using var other = await TestEmulator.StartAsync(o => o.Seed = 8);

        var a = await DumpAsync(first);
        a.Length.ShouldBeGreaterThan(10_000);
        (await DumpAsync(second)).ShouldBe(a);
        (await DumpAsync(other)).ShouldNotBe(a);
    }

    [Fact]
    public async Task Demo_seed_has_the_documented_shape_and_referential_integrity()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        async Task<JsonArray> All(string path) => await client.GetArrayAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? '&' : '?')}limit=1000");

        var rentals = await All("/v1/rentals");
        var units = await All("/v1/rentals/units");
        var owners = await All("/v1/rentals/owners");
        var leases = await All("/v1/leases");
        var vendors = await All("/v1/vendors");
        var glAccounts = await All("/v1/glaccounts");
        var bankAccounts = await All("/v1/bankaccounts");
        var bills = await All("/v1/bills");
        var tasks = await All("/v1/tasks");
        var workOrders = await All("/v1/workorders");
        (rentals.Count, units.Count, owners.Count, leases.Count, bills.Count, tasks.Count, workOrders.Count).ShouldBe((5, 20, 8, 15, 20, 20, 10));
        tasks.Select(t => t!["TaskType"]!.GetValue<string>()).Distinct().Count().ShouldBe(4);

        var rentalIds = rentals.Select(r => r!.Id()).ToHashSet();
        var unitIds = units.ToDictionary(u => u!.Id(), u => u!["PropertyId"]!.GetValue<int>());
        units.ShouldAllBe(u => rentalIds.Contains(u!["PropertyId"]!.GetValue<int>()));
        units.ShouldAllBe(u => u!["Address"]!["Country"]!.GetValue<string>() == "UnitedStates");
        owners.SelectMany(o => o!["PropertyIds"]!.AsArray()).ShouldAllBe(id => rentalIds.Contains(id!.GetValue<int>()));
        leases.ShouldAllBe(l => unitIds[l!["UnitId"]!.GetValue<int>()] == l["PropertyId"]!.GetValue<int>());
        rentals.ShouldAllBe(r => bankAccounts.Any(b => b!.Id() == r!["OperatingBankAccountId"]!.GetValue<int>()));

        var vendorIds = vendors.Select(v => v!.Id()).ToHashSet();
        var glIds = glAccounts.Select(g => g!.Id()).ToHashSet();
        foreach (var bill in bills)
        {
            vendorIds.ShouldContain(bill!["VendorId"]!.GetValue<int>());
            foreach (var line in bill["Lines"]!.AsArray())
            {
                glIds.ShouldContain(line!["GLAccount"]!.Id());
                rentalIds.ShouldContain(line["AccountingEntity"]!["Id"]!.GetValue<int>());
                if (line["AccountingEntity"]!["Unit"] is { } unit)
                {
                    unitIds[unit.Id()].ShouldBe(line["AccountingEntity"]!["Id"]!.GetValue<int>());
                }
            }

            foreach (var payment in await client.GetArrayAsync($"/v1/bills/{bill.Id()}/payments"))
            {
                payment!["PaidBillIds"]!.AsArray().Select(i => i!.GetValue<int>()).ShouldBe([bill.Id()]);
                bankAccounts.Select(b => b!.Id()).ShouldContain(payment["BankAccountId"]!.GetValue<int>());
            }
        }

        tasks.Where(t => t!["Property"] is not null).ShouldAllBe(t => rentalIds.Contains(t!["Property"]!["Id"]!.GetValue<int>()));
        tasks.Where(t => t!["UnitId"] != null).ShouldAllBe(t => unitIds.ContainsKey(t!["UnitId"]!.GetValue<int>()));
        workOrders.ShouldAllBe(w => vendorIds.Contains(w!["VendorId"]!.GetValue<int>()) && tasks.Any(t => t!.Id() == w["Task"]!.Id()));
        (await All("/v1/files")).Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task None_seed_is_an_empty_account()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.SeedSize = "none");
        using var client = emulator.Client();

        foreach (var list in _lists)
        {
            (await client.TotalCountAsync(list)).ShouldBe(0, list);
        }
    }

    [Fact]
    public async Task Large_seed_has_the_required_volumes()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.SeedSize = "large");
        using var client = emulator.Client();

        (await client.TotalCountAsync("/v1/rentals?limit=1")).ShouldBeGreaterThanOrEqualTo(1_000);
        (await client.TotalCountAsync("/v1/rentals/units?limit=1")).ShouldBeGreaterThanOrEqualTo(20_000);
        (await client.TotalCountAsync("/v1/rentals/owners?limit=1")).ShouldBeGreaterThanOrEqualTo(10_000);
        (await client.TotalCountAsync("/v1/leases?limit=1")).ShouldBeGreaterThanOrEqualTo(20_000);
        (await client.TotalCountAsync("/v1/bills?limit=1")).ShouldBeGreaterThanOrEqualTo(30_000);
        (await client.TotalCountAsync("/v1/tasks?limit=1")).ShouldBeGreaterThanOrEqualTo(20_000);
        (await client.TotalCountAsync("/v1/workorders?limit=1")).ShouldBeGreaterThanOrEqualTo(20_000);
        (await client.TotalCountAsync("/v1/vendors?limit=1")).ShouldBeGreaterThan(100);
        (await client.TotalCountAsync("/v1/tasks/400000/history?limit=1")).ShouldBeGreaterThan(0);
        emulator.Store.Count("taskhistory").ShouldBeGreaterThan(20_000);
        emulator.Store.Count("billpayments").ShouldBeGreaterThan(5_000);
        (await client.TotalCountAsync("/v1/leases/tenants?limit=1")).ShouldBeGreaterThanOrEqualTo(20_000);
        (await client.TotalCountAsync("/v1/leases/rent?limit=1")).ShouldBe(emulator.Store.Count("leases"));
        emulator.Store.Count("leasetransactions").ShouldBeGreaterThan(50_000);

        // Delinquency in every aging bucket, in one bulk list (not one call per lease).
        var owing = await client.GetArrayAsync("/v1/leases/outstandingbalances?limit=1000");
        owing.Count.ShouldBe(1_000);
        (await client.TotalCountAsync("/v1/leases/outstandingbalances?balanceduration=BalanceOver90Days&limit=1")).ShouldBeGreaterThan(500);
        (await client.TotalCountAsync("/v1/leases/outstandingbalances?balanceduration=Balance31to60Days&limit=1")).ShouldBeGreaterThan(500);

        // Sorting and filtering the whole table per request works at this size.
        var page = await client.GetArrayAsync("/v1/bills?orderby=Date%20desc&limit=1000&offset=29000");
        page.Count.ShouldBe(1_000);
        (await client.TotalCountAsync("/v1/rentals/units?propertyids=1500&limit=1")).ShouldBe(20);
    }

    [Fact]
    public async Task Reset_restores_the_seed_and_can_switch_size()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var before = await DumpAsync(emulator);
        (await client.PostAsync("/v1/vendors/categories", TestEmulator.Json(new { Name = "Temporary" }))).EnsureSuccessStatusCode();
        emulator.Store.Delete("rentals", 1000).ShouldBeTrue();

        using var reset = await client.PostAsync("/_emulator/reset", null);
        reset.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        (await DumpAsync(emulator)).ShouldBe(before);

        using var none = await client.PostAsync("/_emulator/reset", TestEmulator.Json(new { SeedSize = "none" }));
        (await none.ReadJsonAsync())["rentals"]!.GetValue<int>().ShouldBe(0);
    }

    private static async Task<string> DumpAsync(BuildiumEmulatorHost emulator)
    {
        using var client = emulator.Client();
        var dump = new System.Text.StringBuilder();
        foreach (var list in _lists)
        {
            using var response = await client.GetAsync($"{list}?limit=1000");
            dump.Append(list).Append('=').AppendLine(await response.Content.ReadAsStringAsync());
        }

        return dump.ToString();
    }
}
