using System.Net;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>/v1/users as openapi.json describes it: read-only, filtered by roleids, usertypes, status, name, email, paged.</summary>
public sealed class UsersTests
{
    [Fact]
    public async Task Lists_every_user_and_filters_as_documented()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        var all = await client.GetArrayAsync("/v1/users?orderby=Id");
        all.Select(u => u!.Id()).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
        (await client.TotalCountAsync("/v1/users?limit=1")).ShouldBe(8);

        // No status: active and inactive alike; status narrows, usertypes take several values (explode).
        var activeStaff = await client.GetArrayAsync("/v1/users?usertypes=Staff&status=Active&orderby=Id");
        activeStaff.Select(u => u!.Id()).ShouldBe([1, 2, 3, 4, 5]);
        (await client.GetArrayAsync("/v1/users?status=Inactive")).Select(u => u!.Id()).ShouldBe([6]);
        (await client.GetArrayAsync("/v1/users?usertypes=RentalOwner&usertypes=Vendor&orderby=Id")).Select(u => u!.Id()).ShouldBe([7, 8]);
        (await client.GetArrayAsync("/v1/users?roleids=1")).Select(u => u!.Id()).ShouldBe([1]);
        (await client.GetArrayAsync("/v1/users?name=reyes")).Select(u => u!.Id()).ShouldBe([2]);
        (await client.GetArrayAsync("/v1/users?name=Morgan%20Reyes")).Select(u => u!.Id()).ShouldBe([2]);
        (await client.GetArrayAsync("/v1/users?email=harborplumbing")).Select(u => u!.Id()).ShouldBe([8]);

        var page = await client.GetArrayAsync("/v1/users?limit=3&offset=3&orderby=Id");
        page.Select(u => u!.Id()).ShouldBe([4, 5, 6]);
    }

    [Fact]
    public async Task Retrieves_one_user_with_its_role_and_answers_404_for_an_unknown_id()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        var morgan = await client.GetJsonAsync("/v1/users/2");
        morgan["FirstName"]!.GetValue<string>().ShouldBe("Morgan");
        morgan["IsActive"]!.GetValue<bool>().ShouldBeTrue();
        morgan["UserTypes"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["Staff"]);
        morgan["UserRole"]!["Name"]!.GetValue<string>().ShouldBe("Property Manager");

        (await client.GetAsync("/v1/users/999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Refuses_unknown_enum_values_and_is_read_only()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        await (await client.GetAsync("/v1/users?status=Retired")).ShouldBeBuildiumErrorAsync(400);
        await (await client.GetAsync("/v1/users?usertypes=Tenant")).ShouldBeBuildiumErrorAsync(400);
        (await client.SendJsonAsync(HttpMethod.Post, "/v1/users", new { FirstName = "New" })).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task An_empty_account_still_has_its_staff()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.SeedSize = "none");
        using var client = emulator.Client();

        (await client.GetArrayAsync("/v1/users?usertypes=Staff&status=Active")).Count.ShouldBe(5);
    }
}
