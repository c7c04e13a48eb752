using System.Globalization;
using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>GET /v1/leases/rent (all leases) and /v1/leases/{leaseId}/rent (list, get, POST, PUT).</summary>
public sealed class LeaseRentTests
{
    [Fact]
    public async Task Every_leases_rent_schedules_page_in_one_list_with_total_count_and_filters()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var leases = await client.GetArrayAsync("/v1/leases?limit=1000");
        var all = (await client.GetArrayAsync("/v1/leases/rent?limit=1000")).Select(r => r!).ToList();

        all.Select(r => r["LeaseId"]!.GetValue<int>()).Order().ShouldBe(leases.Select(l => l!.Id()).Order());
        (await client.TotalCountAsync("/v1/leases/rent?limit=2")).ShouldBe(all.Count);
        var paged = new List<int>();
        for (var offset = 0; offset < all.Count; offset += 4)
        {
            paged.AddRange((await client.GetArrayAsync($"/v1/leases/rent?limit=4&offset={offset}")).Select(r => r!.Id()));
        }

        paged.ShouldBe(all.Select(r => r.Id()));
        foreach (var rent in all)
        {
            var lease = leases.Single(l => l!.Id() == rent["LeaseId"]!.GetValue<int>())!;
            rent["StartDate"]!.GetValue<string>().ShouldBe(lease["LeaseFromDate"]!.GetValue<string>());
            rent["TotalAmount"]!.GetValue<double>().ShouldBe(lease["AccountDetails"]!["Rent"]!.GetValue<double>());
            rent["TotalAmount"]!.GetValue<double>().ShouldBe(rent["Charges"]!.AsArray().Sum(c => c!["Amount"]!.GetValue<double>()));
        }

        var two = all.Take(2).Select(r => r["LeaseId"]!.GetValue<int>()).ToList();
        (await client.GetArrayAsync($"/v1/leases/rent?leaseids={two[0]}&leaseids={two[1]}")).Select(r => r!["LeaseId"]!.GetValue<int>()).ShouldBe(two);
        await (await client.GetAsync("/v1/leases/rent?leaseids=abc")).ShouldBeBuildiumErrorAsync(400);
        await (await client.GetAsync("/v1/leases/rent?createddatetimefrom=01/01/2025")).ShouldBeBuildiumErrorAsync(400);
        await (await client.GetAsync("/v1/leases/rent?Limit=5")).ShouldBeBuildiumErrorAsync(404);

        // Only the schedule changed now is updated since a moment ago, whatever the ISO 8601 form of the bound.
        var before = DateTime.UtcNow.AddSeconds(-1);
        var target = all[0];
        using var put = await client.PutAsync($"/v1/leases/{target["LeaseId"]}/rent/{target.Id()}", TestEmulator.Json(new
        {
            RentCycle = "Monthly",
            BackdateCharges = false,
            Charges = new[] { new { GlAccountId = target["Charges"]![0]!["GLAccountId"]!.GetValue<int>(), Amount = 999.0, NextDueDate = "2026-01-01" } },
        }));
        put.EnsureSuccessStatusCode();
        foreach (var form in new[] { before.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), before.ToString("yyyy-MM-dd HH:mm:ss.fff+00:00", CultureInfo.InvariantCulture) })
        {
            (await client.GetArrayAsync($"/v1/leases/rent?lastupdatedfrom={Uri.EscapeDataString(form)}")).Select(r => r!.Id()).ShouldBe([target.Id()], form);
        }

        (await client.GetArrayAsync($"/v1/leases/rent?lastupdatedto={Uri.EscapeDataString(before.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))}&limit=1000")).Count.ShouldBe(all.Count - 1);
    }

    [Fact]
    public async Task Schedules_post_and_put_under_their_lease_and_a_put_blanks_what_it_omits()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var lease = (await client.GetArrayAsync("/v1/leases?leasestatuses=Active"))[0]!;
        var leaseId = lease.Id();
        var first = (await client.GetArrayAsync($"/v1/leases/{leaseId}/rent")).Single()!;
        var glAccountId = first["Charges"]![0]!["GLAccountId"]!.GetValue<int>();

        // The per-lease shape is LeaseRentMessage: no LeaseId, no LastUpdatedDateTime.
        first.AsObject().Select(p => p.Key).ShouldBe(["Id", "StartDate", "EndDate", "TotalAmount", "RentCycle", "BackdateCharges", "CreatedDateTime", "CreatedByUserId", "Charges"]);

        var firstStart = DateOnly.Parse(first["StartDate"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var start = firstStart.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var created = await client.PostAsync($"/v1/leases/{leaseId}/rent", TestEmulator.Json(new
        {
            StartDate = start,
            RentCycle = "Monthly",
            BackdateCharges = true,
            Charges = new[] { new { GlAccountId = glAccountId, Amount = 2100.0, Memo = "New rent", PostDaysInAdvance = 3, NextDueDate = start } },
        }));
        var rent = await created.ReadJsonAsync();
        ((int)created.StatusCode).ShouldBe(201, rent.ToJsonString());
        created.Headers.Location!.AbsolutePath.ShouldBe($"/v1/leases/{leaseId}/rent/{rent.Id()}");
        rent["BackdateCharges"]!.GetValue<bool>().ShouldBeFalse();
        rent["Charges"]![0]!["Memo"]!.GetValue<string>().ShouldBe("New rent");
        (await client.GetJsonAsync($"/v1/leases/{leaseId}/rent/{first.Id()}"))["EndDate"]!.GetValue<string>().ShouldBe(firstStart.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

        using var put = await client.PutAsync($"/v1/leases/{leaseId}/rent/{rent.Id()}", TestEmulator.Json(new
        {
            RentCycle = "Quarterly",
            BackdateCharges = false,
            Charges = new[] { new { GlAccountId = glAccountId, Amount = 6300.0, NextDueDate = start } },
        }));
        put.EnsureSuccessStatusCode();
        var read = await client.GetJsonAsync($"/v1/leases/{leaseId}/rent/{rent.Id()}");
        (read["RentCycle"]!.GetValue<string>(), read["TotalAmount"]!.GetValue<double>()).ShouldBe(("Quarterly", 6300.0));
        read["Charges"]![0]!["Memo"].ShouldBeNull();
        read["Charges"]![0]!["PostDaysInAdvance"]!.GetValue<int>().ShouldBe(0);
        read["StartDate"]!.GetValue<string>().ShouldBe(start);

        // Another lease's schedule is not found under this lease.
        var other = (await client.GetArrayAsync("/v1/leases/rent?limit=1000")).First(r => r!["LeaseId"]!.GetValue<int>() != leaseId)!;
        await (await client.GetAsync($"/v1/leases/{leaseId}/rent/{other.Id()}")).ShouldBeBuildiumErrorAsync(404);
        await (await client.GetAsync($"/v1/leases/1/rent")).ShouldBeBuildiumErrorAsync(404);
    }

    [Fact]
    public async Task Bad_schedules_are_refused_with_buildiums_error_and_change_nothing()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var lease = (await client.GetArrayAsync("/v1/leases?leasestatuses=Active"))[0]!;
        var path = $"/v1/leases/{lease.Id()}/rent";
        var rent = (await client.GetArrayAsync(path)).Single()!;
        var gl = rent["Charges"]![0]!["GLAccountId"]!.GetValue<int>();
        var charge = new { GlAccountId = gl, Amount = 100.0, NextDueDate = "2030-01-01" };
        var count = emulator.Store.Count("rents");

        (await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = "2030-01-01", BackdateCharges = false, Charges = new[] { charge } }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("RentCycle");
        (await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = "2030-01-01", RentCycle = "Monthly", Charges = new[] { charge } }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("BackdateCharges");
        (await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = "2030-01-01", RentCycle = "Monthly", BackdateCharges = false }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Charges");
        (await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = "2030-01-01", RentCycle = "monthly", BackdateCharges = false, Charges = new[] { charge } }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("RentCycle");
        (await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = "2030-01-01", RentCycle = "OneTime", BackdateCharges = false, Charges = new[] { charge } }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("RentCycle");
        await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = "2030-1-1", RentCycle = "Monthly", BackdateCharges = false, Charges = new[] { charge } }))).ShouldBeBuildiumErrorAsync(400);
        (await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = "2030-01-01", RentCycle = "Monthly", BackdateCharges = false, Charges = new[] { new { GlAccountId = gl, NextDueDate = "2030-01-01" } } }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Charges[0].Amount");
        (await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = "2030-01-01", RentCycle = "Monthly", BackdateCharges = false, Charges = new[] { new { GlAccountId = 424242, Amount = 1.0, NextDueDate = "2030-01-01" } } }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("Charges[0].GlAccountId");
        (await (await client.PostAsync(path, TestEmulator.Json(new { StartDate = rent["StartDate"]!.GetValue<string>(), RentCycle = "Monthly", BackdateCharges = false, Charges = new[] { charge } }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("StartDate");
        (await (await client.PutAsync($"{path}/{rent.Id()}", TestEmulator.Json(new { RentCycle = "Monthly", BackdateCharges = false, Charges = Array.Empty<object>() }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("Charges");

        emulator.Store.Count("rents").ShouldBe(count);
        JsonNode.DeepEquals(await client.GetJsonAsync($"{path}/{rent.Id()}"), rent).ShouldBeTrue();
    }
}
