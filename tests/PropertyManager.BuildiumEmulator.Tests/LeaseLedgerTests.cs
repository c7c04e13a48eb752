using System.Globalization;
using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>The lease ledger (transactions, payments, charges) and GET /v1/leases/outstandingbalances computed from it.</summary>
public sealed class LeaseLedgerTests
{
    [Fact]
    public async Task Seeded_balances_equal_the_ledger_aged_by_charge_date_and_fill_every_bucket()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var balances = (await client.GetArrayAsync("/v1/leases/outstandingbalances?limit=1000")).Select(b => b!).ToList();
        var leases = await client.GetArrayAsync("/v1/leases?limit=1000");

        foreach (var lease in leases.Select(l => l!))
        {
            var ledger = await client.GetArrayAsync($"/v1/leases/{lease.Id()}/transactions?limit=1000");
            var expected = Independently(ledger, today);
            var listed = balances.SingleOrDefault(b => b["LeaseId"]!.GetValue<int>() == lease.Id());
            if (expected.Total <= 0)
            {
                listed.ShouldBeNull($"lease {lease.Id()} owes nothing and is not listed");
                continue;
            }

            listed.ShouldNotBeNull($"lease {lease.Id()} owes {expected.Total}");
            listed["TotalBalance"]!.GetValue<double>().ShouldBe(expected.Total, 0.001);
            listed["Balance0To30Days"]!.GetValue<double>().ShouldBe(expected.Buckets[0], 0.001);
            listed["Balance31To60Days"]!.GetValue<double>().ShouldBe(expected.Buckets[1], 0.001);
            listed["Balance61To90Days"]!.GetValue<double>().ShouldBe(expected.Buckets[2], 0.001);
            listed["BalanceOver90Days"]!.GetValue<double>().ShouldBe(expected.Buckets[3], 0.001);
            listed["PropertyId"]!.GetValue<int>().ShouldBe(lease["PropertyId"]!.GetValue<int>());
            listed["Balances"]!.AsArray().Sum(l => l!["TotalBalance"]!.GetValue<double>()).ShouldBe(expected.Total, 0.001);
        }

        balances.ShouldContain(b => b["Balance0To30Days"]!.GetValue<double>() > 0);
        balances.ShouldContain(b => b["Balance31To60Days"]!.GetValue<double>() > 0);
        balances.ShouldContain(b => b["Balance61To90Days"]!.GetValue<double>() > 0);
        balances.ShouldContain(b => b["BalanceOver90Days"]!.GetValue<double>() > 0);
        (await client.TotalCountAsync("/v1/leases/outstandingbalances?limit=1")).ShouldBe(balances.Count);
    }

    [Fact]
    public async Task A_payment_lowers_the_balance_lands_in_the_ledger_and_fires_a_signed_lease_transaction_event()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.Secret) = (receiver.Url, "ledger-secret"));
        using var client = emulator.Client();
        var owing = (await client.GetArrayAsync("/v1/leases/outstandingbalances?balanceduration=BalanceOver90Days"))[0]!;
        var leaseId = owing["LeaseId"]!.GetValue<int>();
        var glAccountId = owing["Balances"]![0]!["GlAccountId"]!.GetValue<int>();
        var lease = await client.GetJsonAsync($"/v1/leases/{leaseId}");
        var payee = lease["CurrentTenants"]![0]!.Id();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var response = await client.PostAsync($"/v1/leases/{leaseId}/payments", TestEmulator.Json(new
        {
            Date = today,
            PaymentMethod = "Check",
            PayeeUserId = payee,
            Memo = "Catching up",
            ReferenceNumber = "2001",
            SendEmailReceipt = false,
            Lines = new[] { new { Amount = 100.0, GLAccountId = glAccountId } },
        }));
        var payment = await response.ReadJsonAsync();
        ((int)response.StatusCode).ShouldBe(201, payment.ToJsonString());
        response.Headers.Location!.AbsolutePath.ShouldBe($"/v1/leases/{leaseId}/transactions/{payment.Id()}");
        (payment["TransactionTypeEnum"]!.GetValue<string>(), payment["TotalAmount"]!.GetValue<double>(), payment["PayeeTenantId"]!.GetValue<int>(), payment["CheckNumber"]!.GetValue<string>())
            .ShouldBe(("Payment", 100.0, payee, "2001"));
        payment["Journal"]!["Lines"]![0]!["GLAccount"]!.Id().ShouldBe(glAccountId);
        JsonNode.DeepEquals(await client.GetJsonAsync($"/v1/leases/{leaseId}/transactions/{payment.Id()}"), payment).ShouldBeTrue();

        var after = (await client.GetArrayAsync($"/v1/leases/outstandingbalances?leaseids={leaseId}")).Single()!;
        after["TotalBalance"]!.GetValue<double>().ShouldBe(owing["TotalBalance"]!.GetValue<double>() - 100, 0.001);

        // Applied to the oldest charge first, so the oldest bucket drops.
        after["BalanceOver90Days"]!.GetValue<double>().ShouldBe(owing["BalanceOver90Days"]!.GetValue<double>() - 100, 0.001);

        var received = (await receiver.WaitForAsync(r => r.Count >= 1)).Single();
        received.Body.ShouldBe($$"""{"EventName":"LeaseTransaction.Created","EventDateTime":"{{received.Json["EventDateTime"]}}","AccountId":123456,"TransactionId":{{payment.Id()}},"TransactionType":"Payment"}""");
        received.HasValidSignature("ledger-secret").ShouldBeTrue();
    }

    [Fact]
    public async Task Paying_the_whole_balance_takes_the_lease_off_the_outstanding_list()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var owing = (await client.GetArrayAsync("/v1/leases/outstandingbalances"))[0]!;
        var leaseId = owing["LeaseId"]!.GetValue<int>();
        var lines = owing["Balances"]!.AsArray().Select(b => new { Amount = b!["TotalBalance"]!.GetValue<double>(), GLAccountId = b["GlAccountId"]!.GetValue<int>() }).ToArray();

        using var response = await client.PostAsync($"/v1/leases/{leaseId}/payments", TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "DirectDeposit", SendEmailReceipt = true, Lines = lines }));
        response.EnsureSuccessStatusCode();

        (await client.GetArrayAsync($"/v1/leases/outstandingbalances?leaseids={leaseId}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Bad_payments_are_refused_with_buildiums_error_and_leave_the_ledger_unchanged()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var owing = (await client.GetArrayAsync("/v1/leases/outstandingbalances"))[0]!;
        var leaseId = owing["LeaseId"]!.GetValue<int>();
        var path = $"/v1/leases/{leaseId}/payments";
        var line = new[] { new { Amount = 10.0, GLAccountId = owing["Balances"]![0]!["GlAccountId"]!.GetValue<int>() } };
        var count = emulator.Store.Count("leasetransactions");

        (await (await client.PostAsync(path, TestEmulator.Json(new { PaymentMethod = "Check", SendEmailReceipt = false, Lines = line }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Date");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", SendEmailReceipt = false, Lines = line }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("PaymentMethod");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", Lines = line }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("SendEmailReceipt");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Lines");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "check", SendEmailReceipt = false, Lines = line }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("PaymentMethod");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false, Lines = line, Memo = new string('m', 66) }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Memo");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false, Lines = line, ReferenceNumber = new string('1', 31) }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("ReferenceNumber");
        await (await client.PostAsync(path, TestEmulator.Json(new { Date = "01/15/2026", PaymentMethod = "Check", SendEmailReceipt = false, Lines = line }))).ShouldBeBuildiumErrorAsync(400);
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false, Lines = new[] { new { Amount = 10.0 } } }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Lines[0].GLAccountId");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false, Lines = Array.Empty<object>() }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("Lines");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false, Lines = new[] { new { Amount = 10.0, GLAccountId = 424242 } } }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("Lines[0].GLAccountId");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false, Lines = new[] { new { Amount = -5.0, GLAccountId = line[0].GLAccountId } } }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("Lines[0].Amount");
        (await (await client.PostAsync(path, TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false, PayeeUserId = 1, Lines = line }))).ShouldBeBuildiumErrorAsync(422)).Keys().ShouldContain("PayeeUserId");
        await (await client.PostAsync("/v1/leases/1/payments", TestEmulator.Json(new { Date = "2026-01-15", PaymentMethod = "Check", SendEmailReceipt = false, Lines = line }))).ShouldBeBuildiumErrorAsync(404);

        emulator.Store.Count("leasetransactions").ShouldBe(count);
        (await client.GetArrayAsync($"/v1/leases/outstandingbalances?leaseids={leaseId}")).Single()!["TotalBalance"]!.GetValue<double>().ShouldBe(owing["TotalBalance"]!.GetValue<double>());
    }

    [Fact]
    public async Task Transactions_filter_by_date_and_type_and_page_with_total_count()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var leaseId = (await client.GetArrayAsync("/v1/leases/outstandingbalances"))[0]!["LeaseId"]!.GetValue<int>();
        var path = $"/v1/leases/{leaseId}/transactions";
        var all = (await client.GetArrayAsync($"{path}?limit=1000")).Select(t => t!).ToList();
        all.Count.ShouldBeGreaterThan(2);

        (await client.TotalCountAsync($"{path}?limit=1")).ShouldBe(all.Count);
        (await client.GetArrayAsync($"{path}?limit=2&offset=1")).Select(t => t!.Id()).ShouldBe(all.Skip(1).Take(2).Select(t => t.Id()));
        (await client.GetArrayAsync($"{path}?transactiontypes=Payment&limit=1000")).Select(t => t!.Id()).ShouldBe(all.Where(t => t["TransactionTypeEnum"]!.GetValue<string>() == "Payment").Select(t => t.Id()));
        (await client.GetArrayAsync($"{path}?transactiontypes=Charge&transactiontypes=Payment&limit=1000")).Count.ShouldBe(all.Count);
        var middle = all.Select(t => t["Date"]!.GetValue<string>()).Order(StringComparer.Ordinal).ElementAt(all.Count / 2);
        (await client.GetArrayAsync($"{path}?transactiondatefrom={middle}&limit=1000")).Select(t => t!.Id())
            .ShouldBe(all.Where(t => string.CompareOrdinal(t["Date"]!.GetValue<string>(), middle) >= 0).Select(t => t.Id()));
        (await client.GetArrayAsync($"{path}?transactiondateto={middle}&limit=1000")).Select(t => t!.Id())
            .ShouldBe(all.Where(t => string.CompareOrdinal(t["Date"]!.GetValue<string>(), middle) <= 0).Select(t => t.Id()));
        (await client.GetArrayAsync($"{path}?orderby=Date%20desc&limit=1000")).Select(t => t!["Date"]!.GetValue<string>()).ShouldBe(all.Select(t => t["Date"]!.GetValue<string>()).OrderDescending(StringComparer.Ordinal));
        await (await client.GetAsync($"{path}?transactiontypes=Rent")).ShouldBeBuildiumErrorAsync(400);
        await (await client.GetAsync($"{path}?transactiondatefrom=2026-01-01T00:00:00Z")).ShouldBeBuildiumErrorAsync(400);
        var otherLease = (await client.GetArrayAsync("/v1/leases/outstandingbalances"))[1]!["LeaseId"]!.GetValue<int>();
        await (await client.GetAsync($"/v1/leases/{otherLease}/transactions/{all[0].Id()}")).ShouldBeBuildiumErrorAsync(404);
    }

    [Fact]
    public async Task Outstanding_balances_filter_by_property_owner_lease_and_bucket_and_page()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var all = (await client.GetArrayAsync("/v1/leases/outstandingbalances?limit=1000")).Select(b => b!).ToList();
        all.Count.ShouldBeGreaterThan(2);
        var propertyId = all[0]["PropertyId"]!.GetValue<int>();

        (await client.GetArrayAsync($"/v1/leases/outstandingbalances?entitytype=Rental&entityid={propertyId}&limit=1000")).Select(b => b!["LeaseId"]!.GetValue<int>())
            .ShouldBe(all.Where(b => b["PropertyId"]!.GetValue<int>() == propertyId).Select(b => b["LeaseId"]!.GetValue<int>()));
        var owner = (await client.GetArrayAsync($"/v1/rentals/owners?propertyids={propertyId}"))[0]!;
        var ownerProperties = owner["PropertyIds"]!.AsArray().Select(p => p!.GetValue<int>()).ToHashSet();
        (await client.GetArrayAsync($"/v1/leases/outstandingbalances?entitytype=RentalOwner&entityid={owner.Id()}&limit=1000")).Select(b => b!["LeaseId"]!.GetValue<int>())
            .ShouldBe(all.Where(b => ownerProperties.Contains(b["PropertyId"]!.GetValue<int>())).Select(b => b["LeaseId"]!.GetValue<int>()));
        foreach (var (duration, field) in new[] { ("Balance0to30Days", "Balance0To30Days"), ("Balance31to60Days", "Balance31To60Days"), ("Balance61to90Days", "Balance61To90Days"), ("BalanceOver90Days", "BalanceOver90Days") })
        {
            var matching = await client.GetArrayAsync($"/v1/leases/outstandingbalances?balanceduration={duration}&limit=1000");
            matching.Select(b => b!["LeaseId"]!.GetValue<int>()).ShouldBe(all.Where(b => b[field]!.GetValue<double>() > 0).Select(b => b["LeaseId"]!.GetValue<int>()), duration);
        }

        (await client.GetArrayAsync("/v1/leases/outstandingbalances?leasestatuses=Future&limit=1000")).ShouldBeEmpty();
        (await client.GetArrayAsync("/v1/leases/outstandingbalances?evictionstatus=EvictionPending")).ShouldBeEmpty();
        (await client.TotalCountAsync("/v1/leases/outstandingbalances?evictionstatus=NotEvictionPending&limit=1")).ShouldBe(all.Count);
        (await client.GetArrayAsync("/v1/leases/outstandingbalances?limit=2&offset=1")).Select(b => b!["LeaseId"]!.GetValue<int>()).ShouldBe(all.Skip(1).Take(2).Select(b => b["LeaseId"]!.GetValue<int>()));
        (await client.GetArrayAsync("/v1/leases/outstandingbalances?orderby=TotalBalance%20desc&limit=1000")).Select(b => b!["TotalBalance"]!.GetValue<double>()).ShouldBe(all.Select(b => b["TotalBalance"]!.GetValue<double>()).OrderDescending());
        await (await client.GetAsync("/v1/leases/outstandingbalances?entitytype=Rental")).ShouldBeBuildiumErrorAsync(400);
        await (await client.GetAsync("/v1/leases/outstandingbalances?balanceduration=Over90Days")).ShouldBeBuildiumErrorAsync(400);
        await (await client.GetAsync("/v1/leases/outstandingbalances?leasestatuses=Current")).ShouldBeBuildiumErrorAsync(400);
    }

    [Fact]
    public async Task Charges_post_raise_the_balance_and_put_replaces_lines_and_blanks_the_memo()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var owing = (await client.GetArrayAsync("/v1/leases/outstandingbalances"))[0]!;
        var leaseId = owing["LeaseId"]!.GetValue<int>();
        var gl = owing["Balances"]![0]!["GlAccountId"]!.GetValue<int>();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var response = await client.PostAsync($"/v1/leases/{leaseId}/charges", TestEmulator.Json(new { Date = today, Memo = "Late fee", Lines = new[] { new { Amount = 75.0, GLAccountId = gl, ReferenceNumber = "LF" } } }));
        var created = (await response.ReadJsonAsync()).AsArray();
        ((int)response.StatusCode).ShouldBe(201, created.ToJsonString());
        var chargeId = created.Single()!.Id();
        created[0]!["TransactionTypeEnum"]!.GetValue<string>().ShouldBe("Charge");
        var charge = await client.GetJsonAsync($"/v1/leases/{leaseId}/charges/{chargeId}");
        (charge["Memo"]!.GetValue<string>(), charge["TotalAmount"]!.GetValue<double>()).ShouldBe(("Late fee", 75.0));
        var after = (await client.GetArrayAsync($"/v1/leases/outstandingbalances?leaseids={leaseId}")).Single()!;
        after["TotalBalance"]!.GetValue<double>().ShouldBe(owing["TotalBalance"]!.GetValue<double>() + 75, 0.001);
        after["Balance0To30Days"]!.GetValue<double>().ShouldBe(owing["Balance0To30Days"]!.GetValue<double>() + 75, 0.001);
        (await client.GetArrayAsync($"/v1/leases/{leaseId}/charges?limit=1000")).ShouldAllBe(c => c!["Lines"]!.AsArray().Count > 0);
        (await client.GetArrayAsync($"/v1/leases/{leaseId}/charges?limit=1000")).Select(c => c!.Id()).ShouldBe(
            (await client.GetArrayAsync($"/v1/leases/{leaseId}/transactions?transactiontypes=Charge&limit=1000")).Select(t => t!.Id()));

        using var put = await client.PutAsync($"/v1/leases/{leaseId}/charges/{chargeId}", TestEmulator.Json(new { Date = today, Lines = new[] { new { Amount = 25.0, GLAccountId = gl } } }));
        put.EnsureSuccessStatusCode();
        var replaced = await client.GetJsonAsync($"/v1/leases/{leaseId}/charges/{chargeId}");
        replaced["Memo"].ShouldBeNull();
        replaced["Lines"]!.AsArray().Select(l => l!["Amount"]!.GetValue<double>()).ShouldBe([25.0]);
        (await (await client.PutAsync($"/v1/leases/{leaseId}/charges/{chargeId}", TestEmulator.Json(new { Lines = new[] { new { Amount = 25.0, GLAccountId = gl } } }))).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("Date");
        var payment = (await client.GetArrayAsync($"/v1/leases/{leaseId}/transactions?transactiontypes=Payment"))[0]!;
        await (await client.GetAsync($"/v1/leases/{leaseId}/charges/{payment.Id()}")).ShouldBeBuildiumErrorAsync(404);
    }

    /// <summary>The balance as a property manager would work it out from the ledger: payments settle the oldest charges first.</summary>
    private static (double Total, double[] Buckets) Independently(JsonArray ledger, DateOnly today)
    {
        var entries = ledger.Select(t => (Type: t!["TransactionTypeEnum"]!.GetValue<string>(), Date: DateOnly.Parse(t["Date"]!.GetValue<string>(), CultureInfo.InvariantCulture), Amount: t["TotalAmount"]!.GetValue<double>(), Id: t.Id())).ToList();
        var credit = entries.Where(e => e.Type != "Charge").Sum(e => e.Amount);
        var total = entries.Where(e => e.Type == "Charge").Sum(e => e.Amount) - credit;
        var buckets = new double[4];
        foreach (var charge in entries.Where(e => e.Type == "Charge").OrderBy(e => e.Date).ThenBy(e => e.Id))
        {
            var settled = Math.Min(credit, charge.Amount);
            credit -= settled;
            var days = today.DayNumber - charge.Date.DayNumber;
            buckets[days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3] += charge.Amount - settled;
        }

        return (Math.Round(total, 2), buckets);
    }
}
