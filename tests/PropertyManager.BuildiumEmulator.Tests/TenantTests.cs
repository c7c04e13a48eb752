using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>GET /v1/leases/tenants and /v1/leases/tenants/{id}: every tenant of every lease, with Buildium's filters.</summary>
public sealed class TenantTests
{
    [Fact]
    public async Task Every_lease_tenant_is_listed_once_and_readable_by_id_with_its_leases()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var leases = await client.GetArrayAsync("/v1/leases?limit=1000");

        // Past leases' tenants (moved out, no longer in CurrentTenants) are tenants too.
        var expected = leases.SelectMany(l => l!["Tenants"]!.AsArray().Select(t => t!.Id())).Distinct().Order().ToList();
        expected.Count.ShouldBeGreaterThan(leases.SelectMany(l => l!["CurrentTenants"]!.AsArray().Select(t => t!.Id())).Distinct().Count());
        expected.Count.ShouldBeGreaterThan(5);

        var tenants = await client.GetArrayAsync("/v1/leases/tenants?limit=1000");

        tenants.Select(t => t!.Id()).ShouldBe(expected);
        (await client.TotalCountAsync("/v1/leases/tenants?limit=1")).ShouldBe(expected.Count);
        var first = await client.GetJsonAsync($"/v1/leases/tenants/{expected[0]}");
        first["FirstName"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        var leaseIds = first["Leases"]!.AsArray().Select(l => l!.Id()).ToList();
        leaseIds.ShouldNotBeEmpty();
        leaseIds.ShouldAllBe(id => leases.Any(l => l!.Id() == id && l!["Tenants"]!.AsArray().Any(t => t!.Id() == expected[0])));
        await (await client.GetAsync("/v1/leases/tenants/999999999")).ShouldBeBuildiumErrorAsync(404);
    }

    [Fact]
    public async Task Paging_and_orderby_work_as_on_every_list()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var all = (await client.GetArrayAsync("/v1/leases/tenants?orderby=LastName%20desc,Id&limit=1000")).Select(t => t!).ToList();
        all.Select(t => t["LastName"]!.GetValue<string>()).ShouldBe(all.Select(t => t["LastName"]!.GetValue<string>()).OrderDescending(StringComparer.OrdinalIgnoreCase));

        var paged = new List<int>();
        for (var offset = 0; offset < all.Count; offset += 4)
        {
            paged.AddRange((await client.GetArrayAsync($"/v1/leases/tenants?orderby=LastName%20desc,Id&limit=4&offset={offset}")).Select(t => t!.Id()));
        }

        paged.ShouldBe(all.Select(t => t.Id()));
    }

    [Fact]
    public async Task Documented_filters_select_the_matching_tenants()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var all = (await client.GetArrayAsync("/v1/leases/tenants?limit=1000")).Select(t => t!).ToList();
        var sample = all[3];
        var lease = sample["Leases"]![0]!;
        var propertyId = lease["PropertyId"]!.GetValue<int>();
        var unitId = lease["UnitId"]!.GetValue<int>();

        var byProperty = await client.GetArrayAsync($"/v1/leases/tenants?propertyids={propertyId}&limit=1000");
        byProperty.Select(t => t!.Id()).ShouldContain(sample.Id());
        byProperty.ShouldAllBe(t => t!["Leases"]!.AsArray().Any(l => l!["PropertyId"]!.GetValue<int>() == propertyId));
        byProperty.Count.ShouldBeLessThan(all.Count);

        (await client.GetArrayAsync($"/v1/leases/tenants?unitids={unitId}&limit=1000")).ShouldAllBe(t => t!["Leases"]!.AsArray().Any(l => l!["UnitId"]!.GetValue<int>() == unitId));
        var name = sample["LastName"]!.GetValue<string>();
        (await client.GetArrayAsync($"/v1/leases/tenants?name={Uri.EscapeDataString(name.ToUpperInvariant())}&limit=1000")).Select(t => t!.Id()).ShouldContain(sample.Id());
        var email = sample["Email"]!.GetValue<string>();
        (await client.GetArrayAsync($"/v1/leases/tenants?email={Uri.EscapeDataString(email)}&limit=1000")).Select(t => t!.Id()).ShouldBe([sample.Id()]);
        var statuses = await client.GetArrayAsync("/v1/leases/tenants?leasetermstatuses=Future&limit=1000");
        statuses.ShouldAllBe(t => t!["Leases"]!.AsArray().Any(l => l!["LeaseStatus"]!.GetValue<string>() == "Future"));
        (await client.TotalCountAsync("/v1/leases/tenants?buildingstatuses=Active&buildingstatuses=InActive&limit=1")).ShouldBe(all.Count);
        await (await client.GetAsync("/v1/leases/tenants?leasetermstatuses=Sometime")).ShouldBeBuildiumErrorAsync(400);
        await (await client.GetAsync("/v1/leases/tenants?propertyids=x")).ShouldBeBuildiumErrorAsync(400);
    }

    [Fact]
    public async Task A_tenant_is_updated_when_its_lease_is()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var lease = await client.GetJsonAsync("/v1/leases/100000");
        var tenantIds = lease["CurrentTenants"]!.AsArray().Select(t => t!.Id()).ToList();
        tenantIds.ShouldNotBeEmpty();
        var before = DateTime.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        emulator.Store.Touch("leases", 100000).ShouldNotBeNull();

        (await client.GetArrayAsync($"/v1/leases/tenants?lastupdatedfrom={before}&limit=1000")).Select(t => t!.Id()).ShouldBe(tenantIds, ignoreOrder: true);
    }
}
