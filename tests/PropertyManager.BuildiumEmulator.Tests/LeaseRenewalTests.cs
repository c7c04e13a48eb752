using System.Globalization;
using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>/v1/leases/{leaseId}/renewals: refused where Buildium's contract refuses, and a renewal moves the lease's term and rent.</summary>
public sealed class LeaseRenewalTests
{
    private const string Secret = "renewal-secret";

    [Fact]
    public async Task A_renewal_refuses_what_buildium_refuses_and_changes_nothing()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var (lease, end, rentAccount, tenantId) = await RenewableLeaseAsync(client);
        var path = $"/v1/leases/{lease.Id()}/renewals";
        var newEnd = Day(end.AddYears(1));
        var start = Day(end.AddDays(1));
        var rent = new { Cycle = "Monthly", Charges = new[] { new { Amount = 1800.0, GlAccountId = rentAccount, NextDueDate = start } } };

        // Contract failures (400, Buildium's error body, keyed by the field).
        (await (await client.PostAsync(path, TestEmulator.Json(new { LeaseToDate = newEnd, TenantIds = new[] { tenantId } }))).ShouldBeBuildiumErrorAsync(400))
            .Keys().ShouldBe(["LeaseType", "Rent", "SendWelcomeEmail"], ignoreOrder: true);
        (await (await client.PostAsync(path, TestEmulator.Json(new { LeaseType = "fixed", LeaseToDate = newEnd, Rent = rent, SendWelcomeEmail = false, TenantIds = new[] { tenantId } }))).ShouldBeBuildiumErrorAsync(400))
            .Keys().ShouldBe(["LeaseType"]);
        (await (await client.PostAsync(path, TestEmulator.Json(new { LeaseType = "Fixed", LeaseToDate = newEnd, Rent = new { Cycle = "monthly", Charges = new[] { new { Amount = 1800.0, GlAccountId = rentAccount } } }, SendWelcomeEmail = false, TenantIds = new[] { tenantId } }))).ShouldBeBuildiumErrorAsync(400))
            .Keys().ShouldBe(["Rent.Cycle", "Rent.Charges[0].NextDueDate"], ignoreOrder: true);
        (await (await client.PostAsync(path, TestEmulator.Json(new { LeaseType = "FixedWithRollover", Rent = rent, SendWelcomeEmail = false, TenantIds = new[] { tenantId } }))).ShouldBeBuildiumErrorAsync(400))
            .Keys().ShouldBe(["LeaseToDate"]);
        foreach (var badDate in new[] { "12/31/2030", "2030-13-01", "2030-02-30" })
        {
            await (await client.PostAsync(path, TestEmulator.Json(new { LeaseType = "Fixed", LeaseToDate = badDate, Rent = rent, SendWelcomeEmail = false, TenantIds = new[] { tenantId } }))).ShouldBeBuildiumErrorAsync(400);
        }

        await (await client.PostAsync(path, new StringContent("{\"LeaseType\":\"Fixed\"", System.Text.Encoding.UTF8, "application/json"))).ShouldBeBuildiumErrorAsync(400);
        await (await client.PostAsync(path, new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"))).ShouldBeBuildiumErrorAsync(415);

        // Business rules (422): the term starts the day after the current end, so it must end after it.
        (await (await client.PostAsync(path, TestEmulator.Json(new { LeaseType = "Fixed", LeaseToDate = Day(end), Rent = rent, SendWelcomeEmail = false, TenantIds = new[] { tenantId } }))).ShouldBeBuildiumErrorAsync(422))
            .Keys().ShouldContain("LeaseToDate");
        (await (await client.PostAsync(path, TestEmulator.Json(new { LeaseType = "Fixed", LeaseToDate = newEnd, Rent = rent, SendWelcomeEmail = false }))).ShouldBeBuildiumErrorAsync(422))
            .Keys().ShouldBe(["Tenants"]);
        (await (await client.PostAsync(path, TestEmulator.Json(new { LeaseType = "Fixed", LeaseToDate = newEnd, Rent = rent, SendWelcomeEmail = false, TenantIds = new[] { 1 } }))).ShouldBeBuildiumErrorAsync(422))
            .Keys().ShouldBe(["TenantIds[0]"]);
        var early = new { Cycle = "Monthly", Charges = new[] { new { Amount = 0.0, GlAccountId = 999_999, NextDueDate = Day(end) } } };
        (await (await client.PostAsync(path, TestEmulator.Json(new { LeaseType = "Fixed", LeaseToDate = newEnd, Rent = early, SendWelcomeEmail = false, TenantIds = new[] { tenantId } }))).ShouldBeBuildiumErrorAsync(422))
            .Keys().ShouldBe(["Rent.Charges[0].GlAccountId", "Rent.Charges[0].Amount", "Rent.Charges[0].NextDueDate"], ignoreOrder: true);
        await (await client.PostAsync("/v1/leases/999999/renewals", TestEmulator.Json(new { LeaseType = "Fixed", LeaseToDate = newEnd, Rent = rent, SendWelcomeEmail = false, TenantIds = new[] { tenantId } }))).ShouldBeBuildiumErrorAsync(404);

        // A month-to-month lease (a PUT without LeaseToDate blanks it) has no end for a renewal to start after.
        var atWill = (await client.GetArrayAsync("/v1/leases?leasestatuses=Active&limit=1000")).Last(l => l!.Id() != lease.Id() && l!["CurrentTenants"]!.AsArray().Count > 0)!;
        using (var put = await client.PutAsync($"/v1/leases/{atWill.Id()}", TestEmulator.Json(new { LeaseType = "AtWill", UnitId = atWill["UnitId"]!.GetValue<int>(), LeaseFromDate = atWill["LeaseFromDate"]!.GetValue<string>(), IsEvictionPending = false })))
        {
            put.EnsureSuccessStatusCode();
        }

        (await (await client.PostAsync($"/v1/leases/{atWill.Id()}/renewals", TestEmulator.Json(new { LeaseType = "Fixed", LeaseToDate = newEnd, Rent = rent, SendWelcomeEmail = false, TenantIds = new[] { atWill["CurrentTenants"]![0]!.Id() } }))).ShouldBeBuildiumErrorAsync(422))
            .Keys().ShouldBe(["LeaseId"]);

        // Nothing refused changed anything.
        (await client.GetArrayAsync(path)).ShouldBeEmpty();
        (await client.GetJsonAsync($"/v1/leases/{lease.Id()}")).ToJsonString().ShouldBe(lease.ToJsonString());
        (await client.GetArrayAsync($"/v1/leases/{lease.Id()}/rent")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_renewal_moves_the_lease_end_adds_the_rent_schedule_bumps_last_updated_and_fires_lease_updated()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.Secret) = (receiver.Url, Secret));
        using var client = emulator.Client();
        var (lease, end, rentAccount, tenantId) = await RenewableLeaseAsync(client);
        var oldRent = (await client.GetArrayAsync($"/v1/leases/{lease.Id()}/rent")).Single()!;
        var before = DateTime.UtcNow.AddSeconds(-1);
        var start = end.AddDays(1);
        var newEnd = end.AddYears(1);

        using var response = await client.PostAsync($"/v1/leases/{lease.Id()}/renewals", TestEmulator.Json(new
        {
            LeaseType = "FixedWithRollover",
            LeaseToDate = Day(newEnd),
            SendWelcomeEmail = false,
            TenantIds = new[] { tenantId },
            Rent = new { Cycle = "Monthly", Charges = new[] { new { Amount = 1875.5, GlAccountId = rentAccount, NextDueDate = Day(start), Memo = "Renewal rent" } } },
        }));
        var renewal = await response.ReadJsonAsync();
        ((int)response.StatusCode).ShouldBe(201, renewal.ToJsonString());
        response.Headers.Location!.AbsolutePath.ShouldBe($"/v1/leases/{lease.Id()}/renewals/{renewal.Id()}");
        renewal.AsObject().Select(p => p.Key).ShouldBe(["Id", "LeaseStatus", "LeaseFromDate", "LeaseToDate", "LeaseType", "Rent", "RentId", "TenantIds"]);
        (renewal["LeaseFromDate"]!.GetValue<string>(), renewal["LeaseToDate"]!.GetValue<string>(), renewal["LeaseType"]!.GetValue<string>(), renewal["Rent"]!.GetValue<double>())
            .ShouldBe((Day(start), Day(newEnd), "FixedWithRollover", 1875.5));
        renewal["LeaseStatus"]!.GetValue<string>().ShouldBe(start > DateOnly.FromDateTime(DateTime.UtcNow) ? "Future" : "Active");
        renewal["TenantIds"]!.AsArray().Select(t => t!.GetValue<int>()).ShouldBe([tenantId]);
        (await client.GetJsonAsync($"/v1/leases/{lease.Id()}/renewals/{renewal.Id()}")).ToJsonString().ShouldBe(renewal.ToJsonString());
        (await client.GetArrayAsync($"/v1/leases/{lease.Id()}/renewals")).Select(r => r!.Id()).ShouldBe([renewal.Id()]);
        await (await client.GetAsync($"/v1/leases/{lease.Id()}/renewals/{renewal.Id() + 1}")).ShouldBeBuildiumErrorAsync(404);

        // The lease runs to the new end, and incremental sync (lastupdatedfrom, any ISO 8601 form) sees it.
        var renewed = await client.GetJsonAsync($"/v1/leases/{lease.Id()}");
        (renewed["LeaseFromDate"]!.GetValue<string>(), renewed["LeaseToDate"]!.GetValue<string>(), renewed["LeaseType"]!.GetValue<string>(), renewed["RenewalOfferStatus"]!.GetValue<string>())
            .ShouldBe((lease["LeaseFromDate"]!.GetValue<string>(), Day(newEnd), "FixedWithRollover", "Renewed"));
        DateTime.Parse(renewed["LastUpdatedDateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal).ShouldBeGreaterThan(before);
        foreach (var form in new[] { before.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), before.ToString("yyyy-MM-dd HH:mm:ss.fffffff+0000", CultureInfo.InvariantCulture) })
        {
            (await client.GetArrayAsync($"/v1/leases?lastupdatedfrom={Uri.EscapeDataString(form)}")).Select(l => l!.Id()).ShouldBe([lease.Id()], form);
        }

        // The old schedule ends the day before the term; the renewal's schedule covers the term.
        var schedules = (await client.GetArrayAsync($"/v1/leases/{lease.Id()}/rent")).Select(r => r!).ToList();
        schedules.Count.ShouldBe(2);
        schedules[0].Id().ShouldBe(oldRent.Id());
        schedules[0]["EndDate"]!.GetValue<string>().ShouldBe(Day(end));
        var next = schedules[1];
        next.Id().ShouldBe(renewal["RentId"]!.GetValue<int>());
        (next["StartDate"]!.GetValue<string>(), next["EndDate"]!.GetValue<string>(), next["RentCycle"]!.GetValue<string>(), next["TotalAmount"]!.GetValue<double>())
            .ShouldBe((Day(start), Day(newEnd), "Monthly", 1875.5));
        next["Charges"]![0]!["GLAccountId"]!.GetValue<int>().ShouldBe(rentAccount);

        var events = await receiver.WaitForAsync(r => r.Any(e => e.EventName == "Lease.Updated"));
        var updated = events.Single(e => e.EventName == "Lease.Updated");
        updated.HasValidSignature(Secret).ShouldBeTrue();
        updated.Json["LeaseId"]!.GetValue<int>().ShouldBe(lease.Id());

        // A second renewal starts after the first one's end, not the original end.
        (await (await client.PostAsync($"/v1/leases/{lease.Id()}/renewals", TestEmulator.Json(new
        {
            LeaseType = "Fixed",
            LeaseToDate = Day(newEnd),
            SendWelcomeEmail = false,
            TenantIds = new[] { tenantId },
            Rent = new { Cycle = "Monthly", Charges = new[] { new { Amount = 1900.0, GlAccountId = rentAccount, NextDueDate = Day(newEnd) } } },
        }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("LeaseToDate");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An active fixed lease of the seed with an end date, the Rent Income account and one of its tenants.</summary>
    private static async Task<(JsonNode Lease, DateOnly End, int RentAccount, int TenantId)> RenewableLeaseAsync(HttpClient client)
    {
        var lease = (await client.GetArrayAsync("/v1/leases?leasestatuses=Active&leasetypes=Fixed&limit=1000"))
            .First(l => l!["LeaseToDate"] is not null && l["CurrentTenants"]!.AsArray().Count > 0)!;
        var end = DateOnly.Parse(lease["LeaseToDate"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var rentAccount = (await client.GetArrayAsync("/v1/glaccounts?limit=1000")).First(g => g!["Name"]!.GetValue<string>() == "Rent Income")!.Id();
        return (lease, end, rentAccount, lease["CurrentTenants"]![0]!.Id());
    }
}
