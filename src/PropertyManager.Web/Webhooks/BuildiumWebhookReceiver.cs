using System.Buffers;
using System.Data.Common;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Npgsql;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Web.Webhooks;

/// <summary>
/// <c>POST /webhooks/buildium</c>: read the raw body once (413 above the limit), verify the signature (401), parse
/// and check it is UTF-8, storable and shaped as Buildium's events (400), store (503 when the database is down, so Buildium retries), answer 200, and wake the processor. Nothing
/// is fetched from Buildium here: Buildium wants an answer within 10 seconds and retries anything else.
/// </summary>
public sealed partial class BuildiumWebhookReceiver(
    WebhookSignatureVerifier verifier,
    WebhookEventWriter writer,
    WebhookSignal signal,
    IOptionsMonitor<BuildiumWebhookOptions> options,
    ILogger<BuildiumWebhookReceiver> logger)
{
    // The documented column is VARCHAR(100).
    private const int MaxEventNameLength = 100;

    public async Task<IResult> ReceiveAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var settings = options.CurrentValue;
        var request = http.Request;
        if (request.ContentLength > settings.WebhookMaxBodyBytes
            || await ReadBodyAsync(request.BodyReader, settings.WebhookMaxBodyBytes, cancellationToken) is not { } body)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Webhook body too large",
                detail: $"Buildium's events are small; this endpoint accepts at most {settings.WebhookMaxBodyBytes} bytes.");
        }

        var verification = verifier.Verify(
            request.Headers[WebhookSignatureVerifier.TimestampHeader], request.Headers[WebhookSignatureVerifier.SignatureHeader], body, out var compact);
        if (verification != WebhookVerification.Valid)
        {
            LogRefused(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", verification);
            // One answer for every reason: a forger learns nothing about which check failed.
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Webhook signature missing, invalid or expired");
        }

        // Signed yet not text: refused for good (400), as storing it would fail and a 5xx would be retried forever.
        if (!Utf8.IsValid(body))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Body is not UTF-8",
                detail: "Buildium's events are JSON in UTF-8.");
        }

        compact ??= CompactJson.Minify(body) ?? body;
        string eventId;
        string eventName;
        try
        {
            using var document = JsonDocument.Parse(compact);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("EventName", out var name) || name.ValueKind != JsonValueKind.String
                || name.GetString() is not { Length: > 0 and <= MaxEventNameLength } text)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a Buildium event",
                    detail: $"The body must be a JSON object with an EventName of 1 to {MaxEventNameLength} characters.");
            }

            if (WebhookPayloadRules.Problem(text, root) is { } problem)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a Buildium event", detail: problem);
            }

            eventName = text;
            eventId = WebhookEventIdentity.Compute(root);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: GetString refuses an escape that is no Unicode character (a lone surrogate in EventName).
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Body is not JSON");
        }

        bool stored;
        try
        {
            stored = await writer.InsertAsync(eventId, eventName, Encoding.UTF8.GetString(compact), settings.WebhookMaxRetries, cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UntranslatableCharacter or PostgresErrorCodes.CharacterNotInRepertoire or PostgresErrorCodes.InvalidTextRepresentation)
        {
            // The payload itself is unstorable (a case the checks above missed): retrying cannot help, so 400, not 503.
            LogUnstorable(ex, eventName);
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Event cannot be stored", detail: "The body holds text PostgreSQL cannot store.");
        }
        catch (Exception ex) when (ex is DbException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            LogStoreFailed(ex, eventName);
            // 503 makes Buildium deliver again later (1 min, 10 min, 1 h): nothing is lost while the database is away.
            http.Response.Headers.RetryAfter = "60";
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Cannot store the event right now");
        }

        if (stored)
        {
            signal.Notify();
        }

        return Results.Ok(new WebhookAnswer(eventId, Duplicate: !stored));
    }

    /// <summary>The whole body, or null as soon as it exceeds <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadBodyAsync(PipeReader reader, int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (result.IsCompleted)
            {
                var bytes = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return bytes;
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a Buildium webhook from {RemoteAddress}: {Reason}")]
    private partial void LogRefused(string remoteAddress, WebhookVerification reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a signed Buildium webhook ({EventName}) whose body cannot be stored")]
    private partial void LogUnstorable(Exception exception, string eventName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store a Buildium webhook ({EventName}); answered 503 so Buildium retries")]
    private partial void LogStoreFailed(Exception exception, string eventName);
}
