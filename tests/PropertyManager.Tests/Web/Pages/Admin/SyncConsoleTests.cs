using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Data.SyncState;
using PropertyManager.Tests.Webhooks;

namespace PropertyManager.Tests.Web.Pages.Admin;

/// <summary>
/// The admin sync console over real HTTP against the emulator: resync with progress, retry of failed pushes, conflict
/// re-apply, the API log's filters and encoding, webhook replay and reconciliation.
/// </summary>
public sealed class SyncConsoleTests(SyncConsoleApp app) : IClassFixture<SyncConsoleApp>, IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync() => _client = await app.CreateAdminClientAsync();

    public Task DisposeAsync()
    {
        _client.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Resync_of_one_kind_runs_in_the_worker_reports_progress_and_records_the_run()
    {
        await app.Database.ExecuteSqlAsync("DELETE FROM task_categories; DELETE FROM sync_records WHERE kind = 'task_category'");
        var expected = app.Emulator.Store.GetIds("taskcategories").Count;
        expected.ShouldBeGreaterThan(0);
        var requestedAt = DateTimeOffset.UtcNow;

        var queued = await _client.SubmitAsync("/Admin/Sync", new Dictionary<string, string>(), "/Admin/Sync?handler=Kind&kind=task_category");
        queued.StatusCode.ShouldBe(HttpStatusCode.Redirect, await queued.Content.ReadAsStringAsync());
        var page = await _client.GetStringAsync(new Uri("/Admin/Sync", UriKind.Relative));
        page.ShouldContain("data-since=\"20", Case.Sensitive, "the page watches the run it just queued");
        page.ShouldContain("/js/sync-progress.js");

        JsonElement lastRun = default;
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            using var progress = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/Admin/Sync?handler=Progress", UriKind.Relative)));
            var last = progress.RootElement.GetProperty("lastRun");
            if (progress.RootElement.GetProperty("running").ValueKind == JsonValueKind.Null && last.ValueKind == JsonValueKind.Object
                && last.GetProperty("startedAt").GetDateTimeOffset() >= requestedAt && last.GetProperty("finishedAt").ValueKind != JsonValueKind.Null)
            {
                lastRun = last.Clone();
                break;
            }

            await Task.Delay(200);
        }

        lastRun.ValueKind.ShouldBe(JsonValueKind.Object, "the progress endpoint reported the requested run as finished");
        lastRun.GetProperty("mode").GetString().ShouldBe("entity");
        lastRun.GetProperty("status").GetString().ShouldBe("succeeded");
        await using (var db = app.Database.CreateContext())
        {
            (await db.TaskCategories.CountAsync()).ShouldBe(expected);
            var run = await db.SyncRuns.SingleAsync(r => r.Id == lastRun.GetProperty("id").GetGuid());
            run.Trigger.ShouldBe("manual");
            run.EntityKind.ShouldBe("task_category");
        }

        var details = await _client.GetStringAsync(new Uri($"/Admin/Sync/Runs/{lastRun.GetProperty("id").GetGuid()}", UriKind.Relative));
        details.ShouldContain("Task category", Case.Sensitive, "the kind is shown by its readable name");
        details.ShouldContain(">Succeeded<", Case.Sensitive);
    }

    [Fact]
    public async Task The_overview_counts_each_kind_and_the_record_form_says_what_is_missing()
    {
        int units;
        await using (var db = app.Database.CreateContext())
        {
            units = await db.Units.CountAsync();
        }

        var page = await _client.GetStringAsync(new Uri("/Admin/Sync", UriKind.Relative));
        page.ShouldContain("Resync unit");
        page.ShouldContain($"<td class=\"num\">{units.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)}</td>");

        var invalid = await _client.SubmitAsync("/Admin/Sync", new Dictionary<string, string> { ["Input.Kind"] = "unit", ["Input.BuildiumId"] = "" }, "/Admin/Sync?handler=Record");
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await invalid.Content.ReadAsStringAsync()).ShouldContain("Enter the record&#x27;s Buildium id.");
    }

    [Fact]
    public async Task Retry_sets_a_failed_push_pending_again()
    {
        Guid propertyId;
        Guid statusId;
        await using (var db = app.Database.CreateContext())
        {
            var property = await db.Properties.AsNoTracking().OrderBy(p => p.BuildiumPropertyId).FirstAsync();
            propertyId = property.Id;
            await db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.Property && s.EntityId == propertyId).ExecuteDeleteAsync();
            var status = new BuildiumSyncStatus
            {
                EntityType = SyncEntityTypes.Property,
                EntityId = propertyId,
                BuildiumId = property.BuildiumPropertyId,
                SyncStatus = SyncStates.Failed,
                ErrorMessage = "[attempt 4] Buildium answered 503 <Service Unavailable>",
            };
            db.SyncStatuses.Add(status);
            await db.SaveChangesAsync();
            statusId = status.Id;
        }

        var list = await _client.GetStringAsync(new Uri("/Admin/Sync/Failed?kind=property", UriKind.Relative));
        list.ShouldContain("Buildium answered 503 &lt;Service Unavailable&gt;");
        list.ShouldContain($"/Properties/Details/{propertyId}");

        var retry = await _client.SubmitAsync("/Admin/Sync/Failed", new Dictionary<string, string>(), $"/Admin/Sync/Failed?handler=Retry&id={statusId}");
        retry.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            var status = await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.Id == statusId);
            status.SyncStatus.ShouldBe(SyncStates.Pending);
            status.ErrorMessage.ShouldBeNull("the back-off note goes, so the next push claims it at once");
        }
    }

    [Fact]
    public async Task Reapplying_a_conflict_puts_the_local_values_back_and_queues_them()
    {
        Guid propertyId;
        Guid conflictId;
        await using (var db = app.Database.CreateContext())
        {
            var property = await db.Properties.AsNoTracking().OrderByDescending(p => p.BuildiumPropertyId).FirstAsync();
            propertyId = property.Id;
            await db.SyncStatuses.Where(s => s.EntityType == SyncEntityTypes.Property && s.EntityId == propertyId).ExecuteDeleteAsync();
            var conflict = new SyncConflict
            {
                Kind = SyncEntityTypes.Property,
                BuildiumId = property.BuildiumPropertyId!.Value,
                LocalId = propertyId,
                DetectedAt = DateTimeOffset.UtcNow,
                Winner = SyncConflictWinners.Buildium,
                LocalValues = JsonDocument.Parse("""{"Name":"Harbour View (local)"}"""),
                BuildiumValues = JsonDocument.Parse(JsonSerializer.Serialize(new { property.Name })),
            };
            db.SyncConflicts.Add(conflict);
            await db.SaveChangesAsync();
            conflictId = conflict.Id;
        }

        var list = await _client.GetStringAsync(new Uri("/Admin/Sync/Conflicts?state=open", UriKind.Relative));
        list.ShouldContain("Harbour View (local)");

        var reapply = await _client.SubmitAsync("/Admin/Sync/Conflicts", new Dictionary<string, string>(), $"/Admin/Sync/Conflicts?handler=Reapply&id={conflictId}");
        reapply.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            (await db.Properties.AsNoTracking().SingleAsync(p => p.Id == propertyId)).Name.ShouldBe("Harbour View (local)");
            (await db.SyncStatuses.AsNoTracking().SingleAsync(s => s.EntityType == SyncEntityTypes.Property && s.EntityId == propertyId)).SyncStatus.ShouldBe(SyncStates.Pending);
            var conflict = await db.SyncConflicts.AsNoTracking().SingleAsync(c => c.Id == conflictId);
            conflict.ResolvedAt.ShouldNotBeNull();
            conflict.Resolution.ShouldBe(SyncConflictWinners.ReappliedLocal);
        }
    }

    [Fact]
    public async Task The_api_log_filters_by_status_class_and_duration_and_shows_a_call_encoded()
    {
        var calls = new (string Name, int? Status, int Ms)[] { ("a", 200, 900), ("b", 503, 900), ("c", 500, 120), ("d", 404, 700), ("e", 502, 1500), ("f", null, 2000) };
        var ids = new Dictionary<string, Guid>();
        await using (var db = app.Database.CreateContext())
        {
            foreach (var (name, status, ms) in calls)
            {
                var entry = new BuildiumApiLogEntry
                {
                    Endpoint = $"/v1/zz-admin-log/{name}",
                    Method = "GET",
                    ResponseStatus = status,
                    DurationMs = ms,
                    ResponseData = JsonDocument.Parse("""{"Message":"<script>alert('x')</script>"}"""),
                };
                db.ApiLog.Add(entry);
                await db.SaveChangesAsync();
                ids[name] = entry.Id;
            }
        }

        var filtered = await _client.GetStringAsync(new Uri("/Admin/Sync/ApiLog?q=zz-admin-log&status=5xx&minMs=500", UriKind.Relative));
        filtered.ShouldContain("1–2 of 2");
        filtered.ShouldContain("/v1/zz-admin-log/b");
        filtered.ShouldContain("/v1/zz-admin-log/e");
        foreach (var other in new[] { "a", "c", "d", "f" })
        {
            filtered.ShouldNotContain($"/v1/zz-admin-log/{other}<");
        }

        var exact = await _client.GetStringAsync(new Uri("/Admin/Sync/ApiLog?q=zz-admin-log&status=404", UriKind.Relative));
        exact.ShouldContain("1–1 of 1");
        exact.ShouldContain("/v1/zz-admin-log/d");

        var details = await _client.GetStringAsync(new Uri($"/Admin/Sync/ApiLog/{ids["b"]}", UriKind.Relative));
        details.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
        details.ShouldNotContain("<script>alert");
        details.ShouldContain("{&#xA;  &quot;Message&quot;: ", Case.Sensitive, "the body is pretty-printed JSON, one property a line");
    }

    [Fact]
    public async Task Replaying_a_webhook_event_that_gave_up_processes_it_again()
    {
        var rentalId = app.Emulator.Store.GetIds("rentals")[0];
        Guid eventId;
        await using (var db = app.Database.CreateContext())
        {
            var stored = new BuildiumWebhookEvent
            {
                EventId = "admin-test-" + Guid.NewGuid().ToString("N"),
                EventType = "Rental.Updated",
                EventData = JsonDocument.Parse(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", rentalId))),
                Processed = false,
                RetryCount = 5,
                MaxRetries = 5,
                ErrorMessage = "Buildium was unreachable",
            };
            db.WebhookEvents.Add(stored);
            await db.SaveChangesAsync();
            eventId = stored.Id;
        }

        var list = await _client.GetStringAsync(new Uri("/Admin/Sync/Webhooks?failed=true&type=Rental.Updated", UriKind.Relative));
        list.ShouldContain($"/Admin/Sync/Webhooks/{eventId}");
        var details = await _client.GetStringAsync(new Uri($"/Admin/Sync/Webhooks/{eventId}", UriKind.Relative));
        details.ShouldContain("&quot;PropertyId&quot;: " + rentalId);

        var replay = await _client.SubmitAsync($"/Admin/Sync/Webhooks/{eventId}", new Dictionary<string, string>(), $"/Admin/Sync/Webhooks/{eventId}?handler=Replay");
        replay.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = app.Database.CreateContext())
        {
            var stored = await db.WebhookEvents.AsNoTracking().SingleAsync(e => e.Id == eventId);
            stored.RetryCount.ShouldBe(0);
            stored.Processed.ShouldBe(true, stored.ErrorMessage);
        }
    }

    [Fact]
    public async Task Reconcile_agrees_after_a_sync_and_names_a_tampered_unit()
    {
        // A GET with the old query only shows the form: running costs Buildium reads, so it takes a POST.
        var link = await _client.GetStringAsync(new Uri("/Admin/Sync/Reconcile?run=true&kind=unit", UriKind.Relative));
        link.ShouldNotContain("Both sides agree.");
        link.ShouldNotContain("The two sides differ");
        var agree = await ReconcileAsync("unit");
        agree.ShouldContain("Both sides agree.");

        var tampered = app.Emulator.Store.GetIds("units")[3];
        await app.Database.ExecuteSqlAsync($"UPDATE units SET description = 'changed behind the sync' WHERE buildium_unit_id = {tampered}");
        var differ = await ReconcileAsync("unit");
        differ.ShouldContain("The two sides differ");
        differ.ShouldContain($"<td class=\"small\">{tampered}</td>");
    }

    private async Task<string> ReconcileAsync(string kind)
    {
        var response = await _client.SubmitAsync("/Admin/Sync/Reconcile", new Dictionary<string, string> { ["kind"] = kind });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
