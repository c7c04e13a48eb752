using System.Globalization;
using System.Text;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Tests.Webhooks;

/// <summary>
/// Signed webhook bodies built from the payload model (every routed event kind with its id field, and the fields every
/// event has), each field replaced in turn by hostile JSON: wrong types, out-of-range numbers, NUL and lone surrogate
/// escapes, invalid UTF-8, huge and deeply nested values; plus bodies that are not an event at all. Every answer is a
/// 2xx or a 4xx (a 5xx makes Buildium retry a poison event forever), and processing what was stored does not fail.
/// </summary>
public sealed class WebhookFuzzTests : IAsyncLifetime
{
    private WebhookTestApp _app = null!;

    public async Task InitializeAsync() => _app = await WebhookTestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    /// <summary>Hostile JSON values, as raw bytes (so a value can be invalid UTF-8).</summary>
    private static readonly (string Name, byte[] Json)[] Values =
    [
        ("empty string", Json("\"\"")),
        ("whitespace", Json("\" \\t \"")),
        ("10k characters", Json("\"" + new string('x', 10_000) + "\"")),
        ("NUL escape", Json("\"a\\u0000b\"")),
        ("lone surrogate escape", Json("\"\\ud800\"")),
        ("invalid UTF-8", [0x22, 0xC3, 0x28, 0xFF, 0x22]),
        ("RTL and zero-width", Json("\"\u202E1\u200B\"")),
        ("SQL injection", Json("\"'; DROP TABLE buildium_webhook_events; --\"")),
        ("script", Json("\"<script>alert(1)</script>\"")),
        ("numeric string", Json("\"42\"")),
        ("-1", Json("-1")),
        ("0", Json("0")),
        ("int max", Json("2147483647")),
        ("int overflow", Json("2147483648")),
        ("long underflow", Json("-9223372036854775809")),
        ("decimal overflow", Json("79228162514264337593543950336")),
        ("1e400", Json("1e400")),
        ("fraction", Json("1.5")),
        ("null", Json("null")),
        ("true", Json("true")),
        ("empty array", Json("[]")),
        ("id array", Json("[1,2,3]")),
        ("object", Json("{\"Id\":1}")),
        ("deep nesting", Json(new string('[', 200) + new string(']', 200))),
        ("max date", Json("\"9999-12-31T23:59:59.9999999Z\"")),
        ("min date", Json("\"0001-01-01T00:00:00Z\"")),
        ("malformed date", Json("\"2026-02-30T25:61:00Z\"")),
    ];

    [Fact]
    public async Task Every_field_of_every_event_kind_fed_hostile_json_is_answered_2xx_or_4xx_and_what_is_stored_processes()
    {
        var failures = new List<string>();
        var answers = new Dictionary<int, int>();
        var requests = 0;
        foreach (var (eventName, fields) in Events())
        {
            foreach (var field in fields.Keys.Append("Extra"))
            {
                foreach (var (name, json) in Values)
                {
                    var hostile = new Dictionary<string, byte[]>(fields) { [field] = json };
                    await SendAsync(Body(hostile), $"{eventName} with {field} = {name}");
                }
            }

            // The field twice (the second wins in most parsers, the first in some) and left out.
            var idField = fields.Keys.Last();
            await SendAsync(Body(fields, duplicate: idField), $"{eventName} with {idField} twice");
            await SendAsync(Body(fields.Where(f => f.Key != idField).ToDictionary()), $"{eventName} without {idField}");
        }

        foreach (var (name, body) in new (string, byte[])[]
        {
            ("an empty body", []),
            ("whitespace", Json("  \n")),
            ("a JSON array", Json("[{\"EventName\":\"Rental.Updated\",\"PropertyId\":1}]")),
            ("a JSON string", Json("\"Rental.Updated\"")),
            ("truncated JSON", Json("{\"EventName\":\"Rental.Updated\",\"PropertyId\":")),
            ("a UTF-8 BOM", [0xEF, 0xBB, 0xBF, .. Json("{\"EventName\":\"Rental.Updated\",\"AccountId\":123456,\"PropertyId\":1}")]),
            ("UTF-16", Encoding.Unicode.GetBytes("{\"EventName\":\"Rental.Updated\",\"AccountId\":123456,\"PropertyId\":1}")),
            ("deep object nesting", Json("{\"EventName\":\"Rental.Updated\",\"PropertyId\":1,\"X\":" + string.Concat(Enumerable.Repeat("{\"a\":", 500)) + "1" + new string('}', 501))),
            ("1 MB", Json("{\"EventName\":\"Rental.Updated\",\"PropertyId\":1,\"X\":\"" + new string('x', 1_000_000) + "\"}")),
        })
        {
            await SendAsync(body, name);
        }

        // What was accepted is processed as the worker would: events that cannot be handled fail or are noted, the batch does not throw.
        for (var batch = 0; batch < 5 && (await _app.ProcessAsync()).Claimed > 0; batch++)
        {
        }

        answers.Keys.ShouldContain(200, "valid-looking events are still accepted");
        failures.ShouldBeEmpty($"{failures.Count} of {requests} answers were not 2xx or 4xx:\n" + string.Join('\n', failures.Take(40)));

        async Task SendAsync(byte[] body, string what)
        {
            requests++;
            using var request = SignedWebhook.RawRequest(body, WebhookTestApp.Secret, DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            using var response = await _app.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            answers[status] = answers.GetValueOrDefault(status) + 1;
            if (status is < 200 or >= 500 or (>= 300 and < 400))
            {
                failures.Add($"{what}: {status}");
            }
        }
    }

    /// <summary>One valid event of every kind the app routes (its payload model), with the fields every event carries.</summary>
    private static IEnumerable<(string EventName, Dictionary<string, byte[]> Fields)> Events()
    {
        var routes = WebhookRoutes.Routes;
        routes.Count.ShouldBeGreaterThan(10, "the routes of the payload model");
        var operation = 0;
        foreach (var (entity, (_, route)) in routes)
        {
            var idField = route.IdField;
            // Created, Updated and Deleted in turn over the kinds.
            var eventName = entity + "." + new[] { "Created", "Updated", "Deleted" }[operation++ % 3];
            var fields = new Dictionary<string, byte[]>
            {
                ["EventName"] = Json($"\"{eventName}\""),
                ["EventDateTime"] = Json($"\"{DateTime.UtcNow:yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'}\""),
                ["AccountId"] = Json(SignedWebhook.AccountId.ToString(CultureInfo.InvariantCulture)),
                [idField] = Json(idField == "BillIds" ? "[1]" : "1"),
            };
            if (entity == "Bill.Payment")
            {
                fields["PaymentId"] = Json("1");
            }
            else if (entity == "Task.History")
            {
                fields["TaskHistoryId"] = Json("1");
            }

            // The id field last: the duplicate and missing cases use it.
            var id = fields[idField];
            fields.Remove(idField);
            fields[idField] = id;
            yield return (eventName, fields);
        }
    }

    private static byte[] Body(IReadOnlyDictionary<string, byte[]> fields, string? duplicate = null)
    {
        var body = new List<byte> { (byte)'{' };
        var first = true;
        foreach (var (name, value) in fields.Concat(duplicate is null ? [] : [new(duplicate, Json("2"))]))
        {
            if (!first)
            {
                body.Add((byte)',');
            }

            first = false;
            body.AddRange(Json($"\"{name}\":"));
            body.AddRange(value);
        }

        body.Add((byte)'}');
        return [.. body];
    }

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);
}
