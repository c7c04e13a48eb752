using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Tests.Webhooks;

/// <summary>
/// Signed but hostile or odd bodies: answered 400 with problem details and never stored (so Buildium does not retry
/// them and the processor never fans them out), and timestamps in seconds or milliseconds.
/// </summary>
public sealed class WebhookHardeningTests : IAsyncLifetime
{
    private WebhookTestApp _app = null!;

    public async Task InitializeAsync() => _app = await WebhookTestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Timestamps_in_seconds_and_in_milliseconds_are_both_accepted_and_both_expire()
    {
        var now = DateTimeOffset.UtcNow;

        var seconds = await SendAsync(Body(1), now.ToUnixTimeSeconds());
        var milliseconds = await SendAsync(Body(2), now.ToUnixTimeMilliseconds());
        var staleMilliseconds = await SendAsync(Body(3), now.AddMinutes(-6).ToUnixTimeMilliseconds());
        var futureMilliseconds = await SendAsync(Body(4), now.AddMinutes(6).ToUnixTimeMilliseconds());

        seconds.StatusCode.ShouldBe(HttpStatusCode.OK);
        milliseconds.StatusCode.ShouldBe(HttpStatusCode.OK);
        staleMilliseconds.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        futureMilliseconds.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _app.EventsAsync()).Select(e => e.EventData!.RootElement.GetProperty("PropertyId").GetInt32()).ShouldBe([1, 2], ignoreOrder: true);
    }

    public static TheoryData<string, byte[]> UnstorableBodies() => new()
    {
        { "invalid UTF-8 in a value", [.. Encoding.UTF8.GetBytes("""{"EventName":"Rental.Updated","AccountId":123456,"PropertyId":1,"Note":"""), 0x22, 0xC3, 0x28, 0x22, (byte)'}'] },
        { "a lone continuation byte", [.. Encoding.UTF8.GetBytes("""{"EventName":"Rental.Updated","AccountId":123456,"PropertyId":1,"Note":"ab"""), 0x80, 0x22, (byte)'}'] },
        { "escaped NUL in a value", Encoding.UTF8.GetBytes("""{"EventName":"Rental.Updated","AccountId":123456,"PropertyId":1,"Note":"a\u0000b"}""") },
        { "escaped NUL in the event name", Encoding.UTF8.GetBytes("""{"EventName":"Rental.Updated\u0000","AccountId":123456,"PropertyId":1}""") },
        { "escaped NUL in a property name", Encoding.UTF8.GetBytes("""{"EventName":"Rental.Updated","AccountId":123456,"PropertyId":1,"N\u0000":"x"}""") },
        { "a lone surrogate escape", Encoding.UTF8.GetBytes("""{"EventName":"Rental.Updated","AccountId":123456,"PropertyId":1,"Note":"\ud800"}""") },
    };

    [Theory]
    [MemberData(nameof(UnstorableBodies))]
    public async Task A_signed_body_postgresql_cannot_store_is_answered_400_and_not_stored(string why, byte[] body)
    {
        var response = await SendAsync(body, DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"status\":400");
        (await _app.EventsAsync()).ShouldBeEmpty();
        (await SendAsync(Body(9), DateTimeOffset.UtcNow.ToUnixTimeSeconds())).StatusCode.ShouldBe(HttpStatusCode.OK, "the receiver keeps working");
    }

    [Fact]
    public async Task An_id_array_outside_Bill_Payment_is_refused_and_causes_no_Buildium_read()
    {
        _app.Emulator.Stats.Reset();
        var ids = new JsonArray([.. Enumerable.Range(1000, 300).Select(i => (JsonNode)i)]);
        var amplified = SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", ids));
        var nested = SignedWebhook.Event("Task.Updated", ids: [("TaskId", new JsonArray(400001, 400002)), ("TaskType", "Todo")]);
        var extraArray = SignedWebhook.Event("Vendor.Updated", ids: [("VendorId", 3000), ("BillIds", new JsonArray(1, 2))]);

        var responses = new[] { await _app.PostAsync(amplified), await _app.PostAsync(nested), await _app.PostAsync(extraArray) };

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        (await responses[0].Content.ReadAsStringAsync()).ShouldContain("BillIds");
        (await _app.EventsAsync()).ShouldBeEmpty();
        await _app.ProcessAsync();
        _app.Emulator.Stats.TotalRequests.ShouldBe(0);
    }

    [Fact]
    public async Task Bill_Payment_BillIds_is_the_one_array_accepted()
    {
        var payment = SignedWebhook.Event("Bill.Payment.Created", ids: [("PaymentId", 7), ("BillIds", new JsonArray(200000, 200001))]);
        var wrongItems = SignedWebhook.Event("Bill.Payment.Created", ids: [("PaymentId", 8), ("BillIds", new JsonArray("200000"))]);

        (await _app.PostAsync(payment)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _app.PostAsync(wrongItems)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await _app.EventsAsync()).ShouldHaveSingleItem().EventType.ShouldBe("Bill.Payment.Created");
    }

    [Theory]
    [InlineData("Rental.Updated", "PropertyId")]
    [InlineData("Task.Updated", "TaskId")]
    [InlineData("Bill.Updated", "BillId")]
    [InlineData("Task.History.Created", "TaskId")]
    public void Stored_events_with_an_id_array_where_Buildium_sends_one_id_plan_no_reads(string eventName, string field)
    {
        // Events stored before the receiver refused arrays must not fan out either.
        using var payload = JsonDocument.Parse($$"""{"EventName":"{{eventName}}","AccountId":1,"{{field}}":[{{string.Join(',', Enumerable.Range(1, 300))}}]}""");

        WebhookRoutes.Plan(eventName, payload.RootElement).Targets.ShouldBeEmpty();
        using var billPayment = JsonDocument.Parse("""{"EventName":"Bill.Payment.Created","AccountId":1,"PaymentId":5,"BillIds":[3,4]}""");
        WebhookRoutes.Plan("Bill.Payment.Created", billPayment.RootElement).Targets.Select(t => t.Id).ShouldBe([3, 4]);
    }

    private static byte[] Body(int propertyId) => Encoding.UTF8.GetBytes(SignedWebhook.Event("Rental.Updated", ids: ("PropertyId", propertyId)));

    private async Task<HttpResponseMessage> SendAsync(byte[] body, long timestamp)
    {
        using var request = SignedWebhook.RawRequest(body, WebhookTestApp.Secret, timestamp.ToString(CultureInfo.InvariantCulture));
        return await _app.Client.SendAsync(request);
    }
}
