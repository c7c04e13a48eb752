using System.Globalization;
using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>
/// GET /v1/generalledger/transactions as openapi.json describes it: startdate, enddate and glaccountids required,
/// lastupdatedfrom/to as date-times; bills and bill payments are its transactions.
/// </summary>
public sealed class GeneralLedgerTransactionTests
{
    private const string Range = "startdate=1900-01-01&enddate=2099-12-31";

    [Fact]
    public async Task The_required_parameters_are_required_and_dates_must_be_dates()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        (await (await client.GetAsync("/v1/generalledger/transactions?enddate=2099-12-31&glaccountids=1")).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("startdate");
        (await (await client.GetAsync("/v1/generalledger/transactions?startdate=1900-01-01&glaccountids=1")).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("enddate");
        (await (await client.GetAsync($"/v1/generalledger/transactions?{Range}")).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("glaccountids");
        (await (await client.GetAsync($"/v1/generalledger/transactions?{Range}&glaccountids=1&lastupdatedfrom=yesterday")).ShouldBeBuildiumErrorAsync(400)).Keys().ShouldContain("lastupdatedfrom");
    }

    [Fact]
    public async Task Bills_and_payments_are_transactions_filtered_by_account_date_and_last_update()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var accounts = string.Join('&', emulator.Store.GetIds("glaccounts").Select(id => $"glaccountids={id}"));
        var all = await client.GetArrayAsync($"/v1/generalledger/transactions?{Range}&{accounts}&limit=1000");
        all.Count.ShouldBe(emulator.Store.Count("bills") + emulator.Store.Count("billpayments"));

        var bill = emulator.Store.Get("bills", emulator.Store.GetIds("bills")[0])!;
        var asBill = all.Single(t => t!.Id() == bill.Id())!;
        asBill["TransactionType"]!.GetValue<string>().ShouldBe("Bill");
        asBill["Date"]!.GetValue<string>().ShouldBe(bill["Date"]!.GetValue<string>());
        asBill["TotalAmount"]!.GetValue<double>().ShouldBe(bill["Lines"]!.AsArray().Sum(l => l!["Amount"]!.GetValue<double>()), 0.001);
        var expenseAccount = bill["Lines"]![0]!["GLAccount"]!.Id();
        var onExpense = await client.GetArrayAsync($"/v1/generalledger/transactions?{Range}&glaccountids={expenseAccount}&limit=1000");
        onExpense.Select(t => t!.Id()).ShouldContain(bill.Id());
        onExpense.Count.ShouldBeLessThan(all.Count, "only transactions with a line on the account");
        var billDate = bill["Date"]!.GetValue<string>();
        var thatDay = await client.GetArrayAsync($"/v1/generalledger/transactions?startdate={billDate}&enddate={billDate}&{accounts}&limit=1000");
        thatDay.ShouldAllBe(t => t!["Date"]!.GetValue<string>() == billDate);

        // A UI user pays part of an unpaid bill: a new Check transaction to the bill's vendor; the bill is untouched.
        var since = DateTime.UtcNow.AddSeconds(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var unpaid = emulator.Store.GetIds("bills").Select(id => emulator.Store.Get("bills", id)!).First(b => b["PaidDate"] is null);
        var line = unpaid["Lines"]![0]!;
        var bankAccountId = emulator.Store.GetIds("bankaccounts")[0];
        var created = await client.SendJsonAsync(HttpMethod.Post, $"/v1/bills/{unpaid.Id()}/payments", new
        {
            BankAccountId = bankAccountId,
            EntryDate = "2025-02-01",
            Lines = new[] { new { BillLineId = line.Id(), Amount = 10.0 } },
        });
        var payment = await created.ReadJsonAsync();

        var changed = await client.GetArrayAsync($"/v1/generalledger/transactions?{Range}&{accounts}&lastupdatedfrom={since}");
        var check = changed.ShouldHaveSingleItem()!;
        check.Id().ShouldBe(payment.Id());
        check["TransactionType"]!.GetValue<string>().ShouldBe("Check");
        check["Date"]!.GetValue<string>().ShouldBe("2025-02-01", "a back-dated payment is found by when it was entered");
        check["TotalAmount"]!.GetValue<double>().ShouldBe(10.0);
        check["PaymentDetail"]!["Payee"]!["Type"]!.GetValue<string>().ShouldBe("Vendor");
        check["PaymentDetail"]!["Payee"]!.Id().ShouldBe(unpaid["VendorId"]!.GetValue<int>());
        var bankGlAccount = emulator.Store.Get("bankaccounts", bankAccountId)!["GLAccount"]!.Id();
        check["Journal"]!["Lines"]!.AsArray().ShouldAllBe(l => l!["GLAccount"]!.Id() == bankGlAccount && l["IsCashPosting"]!.GetValue<bool>());

        emulator.Store.Update("bills", unpaid.Id(), new JsonObject { ["Memo"] = "Edited in the UI" });
        var afterEdit = await client.GetArrayAsync($"/v1/generalledger/transactions?{Range}&{accounts}&lastupdatedfrom={since}");
        afterEdit.Select(t => t!.Id()).ShouldBe([unpaid.Id(), payment.Id()]);
        var until = await client.GetArrayAsync($"/v1/generalledger/transactions?{Range}&{accounts}&lastupdatedto=2020-01-01T00:00:00Z");
        until.ShouldBeEmpty();
    }
}
