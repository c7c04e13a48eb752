using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed partial class WebhookTests
{
    private const string Secret = "test-webhook-secret";

    [Fact]
    public async Task Api_changes_post_thin_signed_events_to_the_configured_url()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.Secret) = (receiver.Url, Secret));
        using var client = emulator.Client();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var created = await client.PostAsync("/v1/vendors/categories", TestEmulator.Json(new { Name = "Masonry" }));
        var id = (await created.ReadJsonAsync()).Id();

        var received = (await receiver.WaitForAsync(r => r.Count >= 1)).Single();
        received.Body.ShouldBe($$"""{"EventName":"VendorCategory.Created","EventDateTime":"{{received.Json["EventDateTime"]}}","AccountId":123456,"VendorCategoryId":{{id}}}""");
        EventDateTime().IsMatch(received.Json["EventDateTime"]!.GetValue<string>()).ShouldBeTrue();
        received.ContentType.ShouldStartWith("application/json");
        received.HasValidSignature(Secret).ShouldBeTrue();
        received.HasValidSignature("another-secret").ShouldBeFalse();
        long.Parse(received.Timestamp!, CultureInfo.InvariantCulture).ShouldBeInRange(before - 1, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
    }

    [Fact]
    public async Task Events_carry_the_id_fields_buildium_documents()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => o.Webhooks.Url = receiver.Url);
        using var client = emulator.Client();
        var bill = (await client.GetArrayAsync("/v1/bills?paidstatus=Unpaid"))[0]!;
        var line = bill["Lines"]![0]!;

        using var payment = await client.PostAsync($"/v1/bills/{bill.Id()}/payments", TestEmulator.Json(new { BankAccountId = 900, EntryDate = "2025-07-01", Lines = new[] { new { BillLineId = line.Id(), Amount = 1.0 } } }));
        using var task = await client.PutAsync("/v1/tasks/todorequests/400001", TestEmulator.Json(new { Title = "Updated", AssignedToUserId = 2, TaskStatus = "Closed", Priority = "Low", Message = "Done" }));
        payment.EnsureSuccessStatusCode();
        task.EnsureSuccessStatusCode();

        var events = await receiver.WaitForAsync(r => r.Count >= 3);
        var byName = events.ToDictionary(e => e.EventName, e => e.Json);
        byName["Bill.Payment.Created"]["BillIds"]!.AsArray().Select(i => i!.GetValue<int>()).ShouldBe([bill.Id()]);
        byName["Bill.Payment.Created"]["PaymentId"]!.GetValue<int>().ShouldBe((await payment.ReadJsonAsync()).Id());
        (byName["Task.Updated"]["TaskId"]!.GetValue<int>(), byName["Task.Updated"]["TaskType"]!.GetValue<string>()).ShouldBe((400001, "Todo"));
        byName["Task.History.Created"]["TaskId"]!.GetValue<int>().ShouldBe(400001);
        byName["Task.History.Created"]["TaskHistoryId"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Ui_changes_fire_updated_and_deleted_and_owners_fire_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => o.Webhooks.Url = receiver.Url);
        using var client = emulator.Client();

        emulator.Store.Update("owners", 50000, new JsonObject { ["Comment"] = "changed in the UI" }).ShouldNotBeNull();
        emulator.Store.Update("rentals", 1002, new JsonObject { ["Name"] = "Renamed in the UI" })!["Name"]!.GetValue<string>().ShouldBe("Renamed in the UI");
        using var delete = await client.DeleteAsync("/_emulator/units/20001");
        delete.StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);

        var events = await receiver.WaitForAsync(r => r.Count >= 2);
        events.Select(e => e.EventName).ShouldBe(["Rental.Updated", "RentalUnit.Deleted"]);
        events[0].Json["PropertyId"]!.GetValue<int>().ShouldBe(1002);
        events[1].Json["UnitId"]!.GetValue<int>().ShouldBe(20001);
        await (await client.GetAsync("/v1/rentals/units/20001")).ShouldBeBuildiumErrorAsync(404);
        (await client.GetArrayAsync("/v1/rentals/units?limit=1000")).Select(u => u!.Id()).ShouldNotContain(20001);
        (await client.GetJsonAsync("/v1/rentals/owners/50000"))["Comment"]!.GetValue<string>().ShouldBe("changed in the UI");
        await Task.Delay(200);
        receiver.Received.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Failed_deliveries_are_retried_on_the_time_scaled_schedule()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusForDelivery = n => n <= 2 ? 500 : 200;
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.TimeScale) = (receiver.Url, 0.001));

        emulator.Store.Touch("vendors", 3000);

        var attempts = await receiver.WaitForAsync(r => r.Count >= 3);
        attempts.Select(a => a.Body).Distinct().Count().ShouldBe(1);
        attempts.ShouldAllBe(a => a.HasValidSignature("emulator-webhook-secret"));

        // 1 min and 10 min scaled by 0.001: at least 60 ms, then at least 600 ms between attempts.
        (attempts[1].ReceivedAt - attempts[0].ReceivedAt).TotalMilliseconds.ShouldBeGreaterThanOrEqualTo(50);
        (attempts[2].ReceivedAt - attempts[1].ReceivedAt).TotalMilliseconds.ShouldBeGreaterThanOrEqualTo(550);
        await Task.Delay(300);
        receiver.Received.Count.ShouldBe(3);
        using var client = emulator.Client();
        var log = await client.GetArrayAsync("/_emulator/webhooks/deliveries");
        log.Select(d => (d!["Attempt"]!.GetValue<int>(), d["StatusCode"]!.GetValue<int>())).ShouldBe([(1, 500), (2, 500), (3, 200)]);
    }

    [Fact]
    public async Task Deliveries_are_dropped_after_three_retries()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusForDelivery = _ => 503;
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.TimeScale) = (receiver.Url, 0.0002));

        emulator.Store.Touch("workorders", 800000);

        await receiver.WaitForAsync(r => r.Count >= 4);
        await Task.Delay(1_000);
        receiver.Received.Count.ShouldBe(4);
    }

    [Fact]
    public async Task Twenty_consecutive_failures_suspend_the_subscription_until_it_is_re_enabled()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusForDelivery = _ => 500;
        // Retries far apart: the 20 failures are 20 first attempts, so the count is of deliveries, not of events.
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.TimeScale) = (receiver.Url, 10.0));
        using var client = emulator.Client();

        for (var i = 0; i < 19; i++)
        {
            emulator.Store.Touch("vendors", 3000);
        }

        await receiver.WaitForAsync(r => r.Count >= 19);
        (await client.GetJsonAsync("/_emulator/webhooks/subscription"))["Suspended"]!.GetValue<bool>().ShouldBeFalse();
        receiver.StatusForDelivery = n => n == 20 ? 200 : 500;
        emulator.Store.Touch("vendors", 3000);
        await receiver.WaitForAsync(r => r.Count >= 20);
        await Task.Delay(100);
        (await client.GetJsonAsync("/_emulator/webhooks/subscription"))["ConsecutiveFailures"]!.GetValue<int>().ShouldBe(0, "a success resets the count");

        receiver.StatusForDelivery = _ => 500;
        for (var i = 0; i < 20; i++)
        {
            emulator.Store.Touch("vendors", 3000);
        }

        await receiver.WaitForAsync(r => r.Count >= 40);
        await Task.Delay(100);
        var state = await client.GetJsonAsync("/_emulator/webhooks/subscription");
        (state["Suspended"]!.GetValue<bool>(), state["ConsecutiveFailures"]!.GetValue<int>()).ShouldBe((true, 20));

        emulator.Store.Touch("vendors", 3000);
        await Task.Delay(300);
        receiver.Received.Count.ShouldBe(40, "a suspended subscription gets nothing");

        receiver.StatusForDelivery = _ => 200;
        using var enable = await client.PostAsync("/_emulator/webhooks/subscription/enable", null);
        (await enable.ReadJsonAsync())["Suspended"]!.GetValue<bool>().ShouldBeFalse();
        emulator.Store.Touch("vendors", 3001);
        var all = await receiver.WaitForAsync(r => r.Count >= 41);
        all[^1].Json["VendorId"]!.GetValue<int>().ShouldBe(3001);
    }

    [Fact]
    public async Task Duplicates_deliver_each_event_several_times()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.Duplicates) = (receiver.Url, 3));

        emulator.Store.Touch("bills", 200000);

        var received = await receiver.WaitForAsync(r => r.Count >= 3);
        received.Select(r => r.Json["EventDateTime"]!.GetValue<string>()).Distinct().Count().ShouldBe(1);
        received.ShouldAllBe(r => r.EventName == "Bill.Updated");
    }

    [Fact]
    public async Task Out_of_order_holds_a_batch_and_delivers_it_reversed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.OutOfOrder, o.Webhooks.OutOfOrderWindowMs) = (receiver.Url, true, 400));

        emulator.Store.Touch("rentals", 1000);
        emulator.Store.Touch("rentals", 1001);
        emulator.Store.Touch("rentals", 1002);

        var received = await receiver.WaitForAsync(r => r.Count >= 3);
        received.Select(r => r.Json["PropertyId"]!.GetValue<int>()).ShouldBe([1002, 1001, 1000]);
    }

    [Fact]
    public async Task Webhook_settings_change_at_run_time_through_the_admin_endpoint()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        emulator.Store.Touch("rentals", 1000);

        using var put = await client.PutAsync("/_emulator/webhooks", TestEmulator.Json(new { Url = receiver.Url, Secret = "rotated", TimeScale = 1.0, Duplicates = 1, OutOfOrder = false, OutOfOrderWindowMs = 500, TimeoutMs = 10_000 }));
        put.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        using var patch = await client.SendJsonAsync(HttpMethod.Patch, "/_emulator/leases/100000", new { IsEvictionPending = true });
        (await patch.ReadJsonAsync())["IsEvictionPending"]!.GetValue<bool>().ShouldBeTrue();

        var received = (await receiver.WaitForAsync(r => r.Count >= 1)).Single();
        received.EventName.ShouldBe("Lease.Updated");
        received.HasValidSignature("rotated").ShouldBeTrue();
    }

    [Fact]
    public async Task Delivery_does_not_block_the_api_request()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.StatusForDelivery = _ => 200;
        await using var emulator = await TestEmulator.StartAsync(o => (o.Webhooks.Url, o.Webhooks.OutOfOrder, o.Webhooks.OutOfOrderWindowMs) = (receiver.Url, true, 3_000));
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/vendors/categories", TestEmulator.Json(new { Name = "Held" }));

        // The event is held for three seconds, yet the request has already completed.
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        receiver.Received.ShouldBeEmpty();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$")]
    private static partial Regex EventDateTime();
}
