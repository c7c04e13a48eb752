using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Web.Webhooks;
using Serilog.Events;

namespace PropertyManager.Tests.Webhooks;

/// <summary><c>POST /webhooks/buildium</c> over HTTP on Kestrel, with every event stored in (or kept out of) PostgreSQL.</summary>
public sealed class WebhookReceiverTests : IAsyncLifetime
{
    private WebhookTestApp _app = null!;

    public async Task InitializeAsync() => _app = await WebhookTestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_signed_event_is_stored_before_the_answer_and_answered_200()
    {
        var body = SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", 23));

        var response = await _app.PostAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = await response.Content.ReadFromJsonAsync<WebhookAnswer>();
        answer!.Duplicate.ShouldBeFalse();
        answer.EventId.ShouldMatch("^[0-9a-f]{64}$");
        var stored = (await _app.EventsAsync()).ShouldHaveSingleItem();
        stored.EventId.ShouldBe(answer.EventId);
        stored.EventType.ShouldBe("Rental.Updated");
        stored.EventData!.RootElement.GetProperty("PropertyId").GetInt32().ShouldBe(23);
        stored.Processed.ShouldBe(false);
        stored.RetryCount.ShouldBe(0);
        stored.MaxRetries.ShouldBe(WebhookTestApp.MaxRetries, "max_retries comes from Buildium:WebhookMaxRetries");
    }

    [Fact]
    public async Task A_reformatted_body_is_accepted_when_its_compact_form_carries_the_signature_and_is_the_same_event()
    {
        var compact = SignedWebhook.Event("Vendor.Updated", new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc), ("VendorId", 7));
        var indented = JsonNode.Parse(compact)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        indented.ShouldContain("\n");

        var reformatted = await _app.PostAsync(indented, signedBody: compact);
        var original = await _app.PostAsync(compact);

        reformatted.StatusCode.ShouldBe(HttpStatusCode.OK);
        original.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await original.Content.ReadFromJsonAsync<WebhookAnswer>())!.Duplicate.ShouldBeTrue("whitespace does not change an event's identity");
        (await _app.EventsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_forged_tampered_or_unsigned_event_is_refused_with_401_stores_nothing_and_logs_the_sender()
    {
        var body = SignedWebhook.Event("Rental.Deleted", ids: ("PropertyId", 23));

        var forged = await _app.PostAsync(body, secret: "not-the-secret");
        var tampered = await _app.PostAsync(body, signedBody: body.Replace("23", "24", StringComparison.Ordinal));
        var unsigned = await _app.PostAsync(body, secret: null);

        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        tampered.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        unsigned.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        forged.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _app.EventsAsync()).ShouldBeEmpty();
        var warnings = _app.Factory.Log.Events
            .Where(e => e.Level == LogEventLevel.Warning && e.MessageTemplate.Text.Contains("Refused a Buildium webhook", StringComparison.Ordinal))
            .ToList();
        warnings.Count.ShouldBe(3);
        warnings.ShouldAllBe(w => w.Properties["RemoteAddress"].ToString().Contains("127.0.0.1"));
        warnings.Select(w => w.Properties["Reason"].ToString()).ShouldBe(["BadSignature", "BadSignature", "MissingHeaders"]);
    }

    [Fact]
    public async Task A_timestamp_outside_the_tolerance_is_refused_even_with_a_valid_signature()
    {
        var body = SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", 23));

        var stale = await _app.PostAsync(body, sentAt: DateTimeOffset.UtcNow.AddMinutes(-6));
        var future = await _app.PostAsync(body, sentAt: DateTimeOffset.UtcNow.AddMinutes(6));
        var late = await _app.PostAsync(body, sentAt: DateTimeOffset.UtcNow.AddMinutes(-4));

        stale.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        future.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        late.StatusCode.ShouldBe(HttpStatusCode.OK, "within the 5 minute default tolerance");
        (await _app.EventsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task During_a_rotation_the_new_and_the_previous_secret_are_both_accepted_and_no_other()
    {
        var signedWithNew = await _app.PostAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", 1)), WebhookTestApp.Secret);
        var signedWithPrevious = await _app.PostAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", 2)), WebhookTestApp.PreviousSecret);
        var signedWithOlder = await _app.PostAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", 3)), "whsec-retired-long-ago");

        signedWithNew.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedWithPrevious.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedWithOlder.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _app.EventsAsync()).Select(e => e.EventData!.RootElement.GetProperty("PropertyId").GetInt32()).Order().ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Five_deliveries_of_one_event_make_one_row_and_one_processing()
    {
        var rentalId = _app.Emulator.Store.GetIds("rentals")[0];
        var body = SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", rentalId));

        // Redeliveries carry the same body under new send timestamps, some of them at the same moment.
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => _app.PostAsync(body, sentAt: DateTimeOffset.UtcNow.AddSeconds(-i))));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var duplicates = await Task.WhenAll(answers.Select(async a => (await a.Content.ReadFromJsonAsync<WebhookAnswer>())!.Duplicate));
        duplicates.Count(d => !d).ShouldBe(1);
        (await _app.EventsAsync()).Count.ShouldBe(1);

        var batch = await _app.ProcessAsync();
        var again = await _app.ProcessAsync();

        batch.Processed.Count.ShouldBe(1);
        again.Claimed.ShouldBe(0);
        _app.Emulator.Stats.CountFor("GET", $"/v1/rentals/{rentalId}").ShouldBe(1);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_a_Buildium_event_is_answered_400()
    {
        var notJson = await _app.PostAsync("EventName=Rental.Updated");
        var noName = await _app.PostAsync("""{"AccountId":123456,"PropertyId":23}""");
        var notObject = await _app.PostAsync("""["Rental.Updated"]""");

        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noName.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notObject.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        notJson.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _app.EventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_body_above_the_size_limit_is_answered_413()
    {
        var body = SignedWebhook.Event("Rental.Updated", ids: [("PropertyId", 23), ("Padding", new string('x', 5000))]);

        var response = await _app.PostAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await _app.EventsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task When_the_database_is_down_the_answer_is_503_so_Buildium_delivers_again()
    {
        (await _app.PostAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", 1)))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await _app.Database.Server.DropDatabaseAsync(_app.Database.Name);

        var response = await _app.PostAsync(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", 2)));

        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }
}
