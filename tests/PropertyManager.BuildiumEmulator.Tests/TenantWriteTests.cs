using System.Globalization;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>POST /v1/leases/tenants, PUT /v1/leases/tenants/{id} and the tenants of POST /v1/leases.</summary>
public sealed class TenantWriteTests
{
    private const string Secret = "tenant-webhook-secret";

    [Fact]
    public async Task Post_adds_a_tenant_to_the_lease_and_put_blanks_every_field_it_omits()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var leaseId = (await client.GetArrayAsync("/v1/leases?leasestatuses=Active"))[0]!.Id();

        using var created = await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new
        {
            LeaseId = leaseId,
            FirstName = "Ada",
            LastName = "Lovelace",
            Email = "ada@example.com",
            AlternateEmail = "ada@alt.example.com",
            PhoneNumbers = new { Mobile = "(617) 555-0150", Home = "(617) 555-0151" },
            DateOfBirth = "1990-12-10",
            Comment = "Prefers e-mail",
            TaxId = "123-45-6789",
            EmergencyContact = new { Name = "Byron", RelationshipDescription = "Father", Phone = "(617) 555-0152", Email = "byron@example.com" },
            Address = TestEmulator.Address(),
        }));
        var tenant = await created.ReadJsonAsync();
        ((int)created.StatusCode).ShouldBe(201, tenant.ToJsonString());
        created.Headers.Location!.AbsolutePath.ShouldBe($"/v1/leases/tenants/{tenant.Id()}");
        tenant["TaxId"]!.GetValue<string>().ShouldBe("xxx-xx-6789");
        emulator.Store.GetStored("tenants", tenant.Id())!["TaxId"]!.GetValue<string>().ShouldBe("123-45-6789");
        tenant["PhoneNumbers"]!.AsArray().Select(p => p!["Type"]!.GetValue<string>()).ShouldBe(["Home", "Cell"]);
        tenant["Leases"]!.AsArray().Select(l => l!.Id()).ShouldBe([leaseId]);
        var lease = await client.GetJsonAsync($"/v1/leases/{leaseId}");
        lease["CurrentTenants"]!.AsArray().Select(t => t!.Id()).ShouldContain(tenant.Id());
        lease["Tenants"]!.AsArray().Select(t => t!.Id()).ShouldContain(tenant.Id());

        using var put = await client.PutAsync($"/v1/leases/tenants/{tenant.Id()}", TestEmulator.Json(new { FirstName = "Ada", LastName = "King", Address = TestEmulator.Address("2 Main Street") }));
        put.EnsureSuccessStatusCode();
        var read = await client.GetJsonAsync($"/v1/leases/tenants/{tenant.Id()}");
        read["LastName"]!.GetValue<string>().ShouldBe("King");
        read["Address"]!["AddressLine1"]!.GetValue<string>().ShouldBe("2 Main Street");
        foreach (var blanked in new[] { "Email", "AlternateEmail", "DateOfBirth", "Comment", "TaxId", "EmergencyContact", "AlternateAddress" })
        {
            read[blanked].ShouldBeNull(blanked);
        }

        read["PhoneNumbers"]!.AsArray().ShouldBeEmpty();
        read["MailingPreference"]!.GetValue<string>().ShouldBe("PrimaryAddress");
        read["CreatedDateTime"]!.GetValue<string>().ShouldBe(tenant["CreatedDateTime"]!.GetValue<string>());

        // The lease shows the tenant as it is now.
        (await client.GetJsonAsync($"/v1/leases/{leaseId}"))["CurrentTenants"]!.AsArray().Single(t => t!.Id() == tenant.Id())!["LastName"]!.GetValue<string>().ShouldBe("King");
        (await client.GetArrayAsync("/v1/leases?tenantname=Ada%20King")).Select(l => l!.Id()).ShouldBe([leaseId]);
    }

    [Fact]
    public async Task Missing_required_fields_bad_formats_enum_case_and_lengths_are_refused_with_400()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var leaseId = (await client.GetArrayAsync("/v1/leases?leasestatuses=Active"))[0]!.Id();
        var address = TestEmulator.Address();
        var tenantsBefore = emulator.Store.Count("tenants");

        (await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { FirstName = "A", LastName = "B", Address = address }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("LeaseId");
        (await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { LeaseId = leaseId, FirstName = "A", LastName = "B" }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Address");
        (await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { LeaseId = leaseId, FirstName = new string('a', 128), LastName = "B", Address = address }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("FirstName");
        (await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { LeaseId = leaseId, FirstName = "A", LastName = "B", Address = address, MailingPreference = "primaryaddress" }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("MailingPreference");
        (await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { LeaseId = leaseId, FirstName = "A", LastName = "B", Address = address, TaxId = "xxx-xx-6789" }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("TaxId");
        (await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { LeaseId = leaseId, FirstName = "A", LastName = "B", Address = address, Email = "not-an-email" }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Email");
        await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { LeaseId = leaseId, FirstName = "A", LastName = "B", Address = address, DateOfBirth = "12/10/1990" }))).ShouldBeBuildiumErrorAsync(400);
        (await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { LeaseId = 1, FirstName = "A", LastName = "B", Address = address }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("LeaseId");
        (await (await client.PostAsync("/v1/leases/tenants", TestEmulator.Json(new { LeaseId = leaseId, FirstName = "A", LastName = "B", Address = address, MailingPreference = "AlternateAddress" }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("MailingPreference");
        (await (await client.PutAsync("/v1/leases/tenants/60000", TestEmulator.Json(new { FirstName = "A", Address = address }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("LastName");
        await (await client.PutAsync("/v1/leases/tenants/999999", TestEmulator.Json(new { FirstName = "A", LastName = "B", Address = address }))).ShouldBeBuildiumErrorAsync(404);
        await (await client.PostAsync("/v1/leases/tenants", new StringContent("{}"))).ShouldBeBuildiumErrorAsync(415);

        // Nothing was written by the refused requests.
        emulator.Store.Count("tenants").ShouldBe(tenantsBefore);
        (await client.TotalCountAsync("/v1/leases/tenants?limit=1")).ShouldBe(tenantsBefore);
    }

    [Fact]
    public async Task A_lease_post_is_refused_over_five_existing_tenants_and_with_a_prorated_month_that_is_whole()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var vacant = (await client.GetArrayAsync("/v1/rentals/units?limit=1000")).First(u => u!["IsUnitOccupied"]!.GetValue<bool>() == false)!;
        var existing = (await client.GetArrayAsync("/v1/leases/tenants?limit=6")).Select(t => t!.Id()).ToArray();
        existing.Length.ShouldBe(6);
        var leasesBefore = emulator.Store.Count("leases");

        // The documented limits: at most five existing tenants; no proration of a month the lease covers whole.
        var errors = (await (await client.PostAsync("/v1/leases", TestEmulator.Json(new
        {
            LeaseType = "Fixed",
            UnitId = vacant.Id(),
            LeaseFromDate = "2026-03-01",
            LeaseToDate = "2027-02-28",
            SendWelcomeEmail = false,
            TenantIds = existing,
            ProratedFirstMonthRent = 400.0,
            ProratedLastMonthRent = 300.0,
        }))).ShouldBeBuildiumErrorAsync(422)).Keys();
        errors.ShouldContain("TenantIds");
        errors.ShouldContain("ProratedFirstMonthRent");
        errors.ShouldContain("ProratedLastMonthRent");

        // Mid-month dates take them.
        using var accepted = await client.PostAsync("/v1/leases", TestEmulator.Json(new
        {
            LeaseType = "Fixed",
            UnitId = vacant.Id(),
            LeaseFromDate = "2026-03-15",
            LeaseToDate = "2027-03-14",
            SendWelcomeEmail = false,
            TenantIds = existing[..5],
            ProratedFirstMonthRent = 400.0,
            ProratedLastMonthRent = 300.0,
        }));
        ((int)accepted.StatusCode).ShouldBe(201, (await accepted.ReadJsonAsync()).ToJsonString());
        emulator.Store.Count("leases").ShouldBe(leasesBefore + 1);
    }

    [Fact]
    public async Task A_lease_posted_with_new_and_existing_tenants_rent_and_deposit_creates_all_of_them()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.Secret) = (receiver.Url, Secret));
        using var client = emulator.Client();
        var vacant = (await client.GetArrayAsync("/v1/rentals/units?limit=1000")).First(u => u!["IsUnitOccupied"]!.GetValue<bool>() == false)!;
        var existing = (await client.GetArrayAsync("/v1/leases/tenants?limit=1"))[0]!;
        var rentAccount = (await client.GetArrayAsync("/v1/glaccounts?limit=1000")).First(g => g!["Name"]!.GetValue<string>() == "Rent Income")!.Id();

        using var response = await client.PostAsync("/v1/leases", TestEmulator.Json(new
        {
            LeaseType = "Fixed",
            UnitId = vacant.Id(),
            LeaseFromDate = "2026-01-01",
            LeaseToDate = "2026-12-31",
            SendWelcomeEmail = false,
            TenantIds = new[] { existing.Id() },
            Tenants = new[] { new { FirstName = "Grace", LastName = "Hopper", Email = "grace@example.com", Address = TestEmulator.Address() } },
            Rent = new { Cycle = "Monthly", Charges = new[] { new { Amount = 1725.0, GlAccountId = rentAccount, NextDueDate = "2026-01-01", Memo = "Rent" } } },
            SecurityDeposit = new { DueDate = "2026-01-01", Amount = 1725.0 },
        }));
        var lease = await response.ReadJsonAsync();
        ((int)response.StatusCode).ShouldBe(201, lease.ToJsonString());

        var tenantIds = lease["CurrentTenants"]!.AsArray().Select(t => t!.Id()).ToList();
        tenantIds.Count.ShouldBe(2);
        tenantIds.ShouldContain(existing.Id());
        var newTenantId = tenantIds.Single(id => id != existing.Id());
        (await client.GetJsonAsync($"/v1/leases/tenants/{newTenantId}"))["Leases"]!.AsArray().Select(l => l!.Id()).ShouldBe([lease.Id()]);
        (await client.GetJsonAsync($"/v1/leases/tenants/{existing.Id()}"))["Leases"]!.AsArray().Select(l => l!.Id()).ShouldContain(lease.Id());
        lease["AccountDetails"]!["Rent"]!.GetValue<double>().ShouldBe(1725.0);

        var rent = (await client.GetArrayAsync($"/v1/leases/{lease.Id()}/rent")).Single()!;
        (rent["StartDate"]!.GetValue<string>(), rent["RentCycle"]!.GetValue<string>(), rent["TotalAmount"]!.GetValue<double>()).ShouldBe(("2026-01-01", "Monthly", 1725.0));
        rent["Charges"]![0]!["GLAccountId"]!.GetValue<int>().ShouldBe(rentAccount);
        var ledger = await client.GetArrayAsync($"/v1/leases/{lease.Id()}/transactions");
        var deposit = ledger.Single()!;
        (deposit["TransactionTypeEnum"]!.GetValue<string>(), deposit["TotalAmount"]!.GetValue<double>(), deposit["Date"]!.GetValue<string>()).ShouldBe(("Charge", 1725.0, "2026-01-01"));

        var events = await receiver.WaitForAsync(r => r.Count >= 3);
        events.ShouldAllBe(e => e.HasValidSignature(Secret));
        events.Single(e => e.EventName == "LeaseTenant.Created").Json["TenantId"]!.GetValue<int>().ShouldBe(newTenantId);
        events.Single(e => e.EventName == "Lease.Created").Json["LeaseId"]!.GetValue<int>().ShouldBe(lease.Id());
        var transactionEvent = events.Single(e => e.EventName == "LeaseTransaction.Created").Json;
        (transactionEvent["TransactionId"]!.GetValue<int>(), transactionEvent["TransactionType"]!.GetValue<string>()).ShouldBe((deposit.Id(), "Charge"));
    }

    [Fact]
    public async Task Tenant_changes_fire_signed_lease_tenant_events_and_show_in_lastupdated_filters_in_every_iso_form()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.Secret) = (receiver.Url, Secret));
        using var client = emulator.Client();
        var tenantId = (await client.GetArrayAsync("/v1/leases/tenants?limit=1"))[0]!.Id();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var put = await client.PutAsync($"/v1/leases/tenants/{tenantId}", TestEmulator.Json(new { FirstName = "Changed", LastName = "Name", Address = TestEmulator.Address() }));
        put.EnsureSuccessStatusCode();

        var received = (await receiver.WaitForAsync(r => r.Count >= 1)).Single();
        received.Body.ShouldBe($$"""{"EventName":"LeaseTenant.Updated","EventDateTime":"{{received.Json["EventDateTime"]}}","AccountId":123456,"TenantId":{{tenantId}}}""");
        received.HasValidSignature(Secret).ShouldBeTrue();

        var eastern = before.ToOffset(TimeSpan.FromHours(-5));
        string[] forms =
        [
            before.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            before.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fffffff+0000", CultureInfo.InvariantCulture),
            eastern.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            eastern.ToString("yyyy-MM-dd'T'HH:mm:ss,fff-05", CultureInfo.InvariantCulture),
        ];
        foreach (var form in forms)
        {
            (await client.GetArrayAsync($"/v1/leases/tenants?lastupdatedfrom={Uri.EscapeDataString(form)}&limit=1000")).Select(t => t!.Id()).ShouldBe([tenantId], form);
        }

        await (await client.GetAsync("/v1/leases/tenants?lastupdatedfrom=yesterday")).ShouldBeBuildiumErrorAsync(400);
    }
}
