using System.Net;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class AdminTests
{
    [Fact]
    public async Task Stats_count_requests_per_path_and_reset()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        await client.GetAsync("/v1/rentals");
        await client.GetAsync("/v1/rentals");
        await client.GetAsync("/v1/rentals/1000");

        var stats = await client.GetJsonAsync("/_emulator/stats");
        stats["TotalRequests"]!.GetValue<long>().ShouldBe(3);
        stats["RequestsByEndpoint"]!["GET /v1/rentals"]!.GetValue<long>().ShouldBe(2);
        stats["RequestsByEndpoint"]!["GET /v1/rentals/1000"]!.GetValue<long>().ShouldBe(1);

        (await client.DeleteAsync("/_emulator/stats")).StatusCode.ShouldBe(HttpStatusCode.OK);
        emulator.Stats.TotalRequests.ShouldBe(0);
        emulator.Stats.RequestsByEndpoint.ShouldBeEmpty();
    }

    [Fact]
    public async Task Records_are_read_patched_and_deleted_as_in_buildiums_ui()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        (await client.GetJsonAsync("/_emulator/kinds"))["bills"]!.GetValue<int>().ShouldBe(20);
        (await client.GetJsonAsync("/_emulator/vendors/3000"))["Id"]!.GetValue<int>().ShouldBe(3000);
        using var patch = await client.SendJsonAsync(HttpMethod.Patch, "/_emulator/vendors/3000", new { Address = new { City = "Springfield" } });
        var patched = await patch.ReadJsonAsync();
        patched["Address"]!["City"]!.GetValue<string>().ShouldBe("Springfield");
        patched["Address"]!["AddressLine1"].ShouldNotBeNull();
        (await client.GetJsonAsync("/v1/vendors/3000"))["Address"]!["City"]!.GetValue<string>().ShouldBe("Springfield");

        (await client.DeleteAsync("/_emulator/vendors/3000")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync("/v1/vendors/3000")).ShouldBeBuildiumErrorAsync(404);
        await (await client.DeleteAsync("/_emulator/vendors/3000")).ShouldBeBuildiumErrorAsync(404);
        await (await client.GetAsync("/_emulator/dragons/1")).ShouldBeBuildiumErrorAsync(404);
    }

    [Fact]
    public async Task Store_lists_every_kind()
    {
        await using var emulator = await TestEmulator.StartAsync();

        emulator.Store.Kinds.ShouldBe(
        [
            "bankaccounts", "billpayments", "bills", "glaccounts", "leaserenewals", "leases", "leasetransactions", "owners", "rentals", "rents",
            "taskcategories", "taskhistory", "taskhistoryfiles", "tasks", "tenants", "units", "users", "vendorcategories", "vendors",
            "workorders",
        ]);
    }

    [Fact]
    public async Task Base_address_is_the_bound_loopback_port()
    {
        await using var emulator = await TestEmulator.StartAsync();

        emulator.BaseAddress.Host.ShouldBe("127.0.0.1");
        emulator.BaseAddress.Port.ShouldBeGreaterThan(0);
        emulator.BaseAddress.AbsolutePath.ShouldBe("/");
    }
}
