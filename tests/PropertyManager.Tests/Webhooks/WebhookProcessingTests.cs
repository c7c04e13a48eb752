using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Buildium.Caching;
using PropertyManager.Buildium.Client;
using PropertyManager.BuildiumEmulator;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Tests.Webhooks;

/// <summary>The processor over events received through the endpoint, re-reading from the emulator into PostgreSQL.</summary>
public sealed class WebhookProcessingTests : IAsyncLifetime
{
    private WebhookTestApp _app = null!;

    private EmulatorStore Store => _app.Emulator.Store;

    public async Task InitializeAsync() => _app = await WebhookTestApp.StartAsync(settings => settings["Webhooks:BatchSize"] = "50");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_update_event_re_reads_the_record_and_the_local_row_follows()
    {
        var rentalId = Store.GetIds("rentals")[0];
        Store.Update("rentals", rentalId, new JsonObject { ["Name"] = "Renamed in Buildium" });
        await PostOkAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", rentalId)));

        var batch = await _app.ProcessAsync();

        batch.Processed.Count.ShouldBe(1);
        await using var db = _app.Database.CreateContext();
        (await db.Properties.SingleAsync(p => p.BuildiumPropertyId == rentalId)).Name.ShouldBe("Renamed in Buildium");
        var stored = (await _app.EventsAsync()).ShouldHaveSingleItem();
        stored.Processed.ShouldBe(true);
        stored.ProcessedAt.ShouldNotBeNull();
        stored.ErrorMessage.ShouldBeNull();
    }

    [Fact]
    public async Task A_burst_of_events_for_one_record_costs_one_read()
    {
        var rentals = Store.GetIds("rentals");
        var start = DateTime.UtcNow.AddSeconds(-10);
        for (var i = 0; i < 5; i++)
        {
            await PostOkAsync(SignedWebhook.Event("Rental.Updated", start.AddMilliseconds(i * 100), ("PropertyId", rentals[0])));
        }

        await PostOkAsync(SignedWebhook.Event("Rental.Updated", start, ("PropertyId", rentals[1])));

        var batch = await _app.ProcessAsync();

        batch.Claimed.ShouldBe(6);
        batch.Processed.Count.ShouldBe(6);
        batch.Reads.ShouldBe(2);
        _app.Emulator.Stats.CountFor("GET", $"/v1/rentals/{rentals[0]}").ShouldBe(1);
        _app.Emulator.Stats.CountFor("GET", $"/v1/rentals/{rentals[1]}").ShouldBe(1);
    }

    [Fact]
    public async Task Updated_arriving_before_Created_ends_with_the_record_as_Buildium_has_it()
    {
        var vendorId = Store.GetIds("vendors")[0];
        Store.Update("vendors", vendorId, new JsonObject { ["CompanyName"] = "Out Of Order Plumbing" });
        var created = DateTime.UtcNow.AddMinutes(-1);

        await PostOkAsync(SignedWebhook.Event("Vendor.Updated", created.AddSeconds(30), ("VendorId", vendorId)));
        (await _app.ProcessAsync()).Processed.Count.ShouldBe(1);
        await PostOkAsync(SignedWebhook.Event("Vendor.Created", created, ("VendorId", vendorId)));
        (await _app.ProcessAsync()).Processed.Count.ShouldBe(1);

        await using var db = _app.Database.CreateContext();
        var vendor = await db.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId);
        vendor.Name.ShouldBe("Out Of Order Plumbing");
        (await _app.EventsAsync()).ShouldAllBe(e => e.Processed == true && e.ErrorMessage == null);
    }

    [Fact]
    public async Task Events_for_records_Buildium_lacks_and_for_entities_we_do_not_sync_are_processed_not_failed()
    {
        await PostOkAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", 987_654)));
        await PostOkAsync(SignedWebhook.Event("Applicant.Created", ids: ("ApplicantId", 5)));
        await PostOkAsync(SignedWebhook.Event("BankAccount.Transaction.Created", ids: [("BankAccountId", 1), ("TransactionId", 2), ("TransactionType", "Check")]));

        var batch = await _app.ProcessAsync();

        batch.Processed.Count.ShouldBe(3);
        batch.Failed.ShouldBeEmpty();
        batch.Reads.ShouldBe(1, "only the rental is re-read; the others have nothing to fetch");
        await using var db = _app.Database.CreateContext();
        (await db.Properties.AnyAsync(p => p.BuildiumPropertyId == 987_654)).ShouldBeFalse();
        var events = await _app.EventsAsync();
        events.ShouldAllBe(e => e.Processed == true);
        events.Single(e => e.EventType == "Applicant.Created").ErrorMessage!.ShouldContain("Applicant");
        events.Single(e => e.EventType == "BankAccount.Transaction.Created").ErrorMessage!.ShouldContain("BankAccount.Transaction");
        events.Single(e => e.EventType == "Rental.Updated").ErrorMessage.ShouldBeNull();
    }

    [Fact]
    public async Task A_failed_event_waits_for_its_back_off_is_retried_and_then_succeeds()
    {
        var rentalId = Store.GetIds("rentals")[0];
        _app.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.InternalServerError, PathPrefix = "/v1/rentals" });
        await PostOkAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", rentalId)));

        var first = await _app.ProcessAsync();
        var tooSoon = await _app.ProcessAsync();

        first.Failed.Count.ShouldBe(1);
        tooSoon.Claimed.ShouldBe(0, "a failed event is not due before its back-off");
        var failed = (await _app.EventsAsync()).Single();
        failed.Processed.ShouldBe(false);
        failed.RetryCount.ShouldBe(1);
        failed.ErrorMessage.ShouldNotBeNullOrWhiteSpace();

        _app.Emulator.Faults.Clear();
        await _app.ExpireBackOffAsync();
        var retry = await _app.ProcessAsync();

        retry.Processed.Count.ShouldBe(1);
        var done = (await _app.EventsAsync()).Single();
        done.Processed.ShouldBe(true);
        done.ErrorMessage.ShouldBeNull();
        await using var db = _app.Database.CreateContext();
        (await db.Properties.AnyAsync(p => p.BuildiumPropertyId == rentalId)).ShouldBeTrue();
    }

    [Fact]
    public async Task An_event_that_keeps_failing_stops_at_max_retries_stays_visible_and_can_be_replayed()
    {
        var rentalId = Store.GetIds("rentals")[0];
        _app.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.ServiceUnavailable, PathPrefix = "/v1/rentals" });
        await PostOkAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", rentalId)));

        for (var attempt = 1; attempt <= WebhookTestApp.MaxRetries; attempt++)
        {
            (await _app.ProcessAsync()).Failed.Count.ShouldBe(1, $"attempt {attempt}");
            await _app.ExpireBackOffAsync();
        }

        (await _app.ProcessAsync()).Claimed.ShouldBe(0, "no attempts left, however long it waited");
        var exhausted = (await _app.EventsAsync()).Single();
        exhausted.Processed.ShouldBe(false);
        exhausted.RetryCount.ShouldBe(WebhookTestApp.MaxRetries);
        exhausted.ErrorMessage!.ShouldContain($"property {rentalId}");

        _app.Emulator.Faults.Clear();
        await using (var scope = _app.Factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<WebhookEventProcessor>().ReplayAsync(exhausted.EventId!, CancellationToken.None)).ShouldBe(exhausted.Id);
        }

        var replayed = (await _app.EventsAsync()).Single();
        replayed.Processed.ShouldBe(true);
        replayed.RetryCount.ShouldBe(0);
    }

    [Fact]
    public async Task Two_processors_racing_over_the_same_events_process_each_exactly_once()
    {
        var targets = Store.GetIds("rentals").Take(12).Select(id => ("Rental", "PropertyId", id, "rentals"))
            .Concat(Store.GetIds("units").Take(12).Select(id => ("RentalUnit", "UnitId", id, "rentals/units")))
            .ToList();
        foreach (var (entity, field, id, _) in targets)
        {
            await PostOkAsync(SignedWebhook.Event($"{entity}.Updated", ids: (field, id)));
        }

        var both = await Task.WhenAll(DrainAsync(), DrainAsync());

        var first = both[0];
        var second = both[1];
        first.ShouldNotBeEmpty();
        second.ShouldNotBeEmpty("both processors took part");
        first.Intersect(second).ShouldBeEmpty();
        first.Concat(second).Count().ShouldBe(targets.Count);
        (await _app.EventsAsync()).ShouldAllBe(e => e.Processed == true);
        targets.Sum(t => _app.Emulator.Stats.CountFor("GET", $"/v1/{t.Item4}/{t.id}")).ShouldBe(targets.Count, "each record read once");

        async Task<List<Guid>> DrainAsync()
        {
            var processed = new List<Guid>();
            await using var scope = _app.Factory.Services.CreateAsyncScope();
            var options = Microsoft.Extensions.Options.Options.Create(new WebhookProcessorOptions { BatchSize = 3 });
            var processor = ActivatorUtilities.CreateInstance<WebhookEventProcessor>(scope.ServiceProvider, options);
            while (await processor.ProcessBatchAsync(CancellationToken.None) is { Claimed: > 0 } batch)
            {
                processed.AddRange(batch.Processed);
            }

            return processed;
        }
    }

    [Fact]
    public async Task An_event_caused_by_our_own_change_writes_nothing_when_Buildium_equals_our_row()
    {
        var rentalId = Store.GetIds("rentals")[0];
        await PostOkAsync(SignedWebhook.Event("Rental.Updated", DateTime.UtcNow.AddMinutes(-2), ("PropertyId", rentalId)));
        (await _app.ProcessAsync()).Processed.Count.ShouldBe(1);
        var before = await RowStampsAsync(rentalId);

        await PostOkAsync(SignedWebhook.Event("Rental.Updated", DateTime.UtcNow.AddMinutes(-1), ("PropertyId", rentalId)));
        var echo = await _app.ProcessAsync();

        echo.Processed.Count.ShouldBe(1);
        _app.Emulator.Stats.CountFor("GET", $"/v1/rentals/{rentalId}").ShouldBe(2, "the echo was read");
        (await RowStampsAsync(rentalId)).ShouldBe(before, "but nothing was written");
    }

    [Fact]
    public async Task A_bill_payment_event_reads_its_bill_first_when_unknown_then_the_bills_payments()
    {
        var paymentId = Store.GetIds("billpayments")[0];
        var billIds = Store.Get("billpayments", paymentId)!["PaidBillIds"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
        await PostOkAsync(SignedWebhook.Event("Bill.Payment.Created", ids: [("PaymentId", paymentId), ("BillIds", new JsonArray([.. billIds.Select(i => (JsonNode)i)]))]));

        var batch = await _app.ProcessAsync();

        batch.Processed.Count.ShouldBe(1);
        await using var db = _app.Database.CreateContext();
        var payment = await db.BillPayments.Include(p => p.Bill).SingleAsync(p => p.BuildiumPaymentId == paymentId);
        payment.Bill!.BuildiumBillId.ShouldBe(billIds[0], "the unknown bill was read first so the payment links to it");
    }

    [Fact]
    public async Task A_task_history_event_reads_the_tasks_history()
    {
        var client = _app.Factory.Services.GetRequiredService<BuildiumClient>();
        var taskId = Store.GetIds("tasks")[0];
        var history = await client.TaskHistory.ListAsync(taskId).ToListAsync();
        history.ShouldNotBeEmpty();
        await PostOkAsync(SignedWebhook.Event("Task.History.Created", ids: [("TaskId", taskId), ("TaskHistoryId", history[0].Id)]));

        var batch = await _app.ProcessAsync();

        batch.Processed.Count.ShouldBe(1);
        await using var db = _app.Database.CreateContext();
        (await db.TaskHistory.CountAsync(h => h.Task!.BuildiumTaskId == taskId)).ShouldBe(history.Count);
    }

    [Fact]
    public async Task A_GL_account_event_updates_the_account_and_its_bill_category_and_drops_the_cached_chart()
    {
        var accountId = Store.GetIds("glaccounts")[0];
        await using (var scope = _app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IBuildiumResponseCache>()
                .SetAsync("/v1/glaccounts?limit=1000", new BuildiumCachedResponse("[]", 0), DateTimeOffset.UtcNow.AddHours(1), CancellationToken.None);
        }

        await PostOkAsync(SignedWebhook.Event("GLAccount.Updated", ids: ("GLAccountId", accountId)));
        (await _app.ProcessAsync()).Processed.Count.ShouldBe(1);

        await using var db = _app.Database.CreateContext();
        (await db.GlAccounts.AnyAsync(a => a.BuildiumGlAccountId == accountId)).ShouldBeTrue();
        (await db.BillCategories.AnyAsync(c => c.BuildiumCategoryId == accountId)).ShouldBeTrue();
        (await db.ApiCache.CountAsync(c => c.Endpoint!.StartsWith("/v1/glaccounts"))).ShouldBe(0);
    }

    private async Task PostOkAsync(string body) =>
        (await _app.PostAsync(body)).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);

    private async Task<(DateTimeOffset? RowUpdated, DateTimeOffset SyncedAt)> RowStampsAsync(int rentalId)
    {
        await using var db = _app.Database.CreateContext();
        var row = await db.Properties.AsNoTracking().SingleAsync(p => p.BuildiumPropertyId == rentalId);
        var record = await db.SyncRecords.AsNoTracking().SingleAsync(r => r.Kind == "property" && r.BuildiumId == rentalId);
        return (row.UpdatedAt, record.SyncedAt);
    }
}
