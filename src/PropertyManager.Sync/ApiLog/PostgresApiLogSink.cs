using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Data;
using PropertyManager.Data.Integration;

namespace PropertyManager.Sync.ApiLog;

/// <summary>Writes the client's API call log to <c>buildium_api_log</c>, one batch per SaveChanges.</summary>
public sealed class PostgresApiLogSink(AppDbContext db) : IBuildiumApiLogSink
{
    // Column widths of the documented table.
    private const int EndpointLength = 255;
    private const int MethodLength = 10;

    public async Task WriteBatchAsync(IReadOnlyList<BuildiumApiCall> calls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(calls);
        db.ApiLog.AddRange(calls.Select(call => new BuildiumApiLogEntry
        {
            Endpoint = Truncate(call.Endpoint, EndpointLength),
            Method = Truncate(call.Method, MethodLength),
            RequestData = ToJson(call.RequestBody),
            ResponseStatus = call.ResponseStatus,
            ResponseData = ToJson(call.ResponseBody),
            ErrorMessage = call.ErrorMessage,
            DurationMs = (int)Math.Min(call.DurationMs, int.MaxValue),
            CreatedAt = call.Timestamp,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    public Task PurgeOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        db.ApiLog.Where(e => e.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    /// <summary>The client hands over JSON text; anything else is kept as a JSON string so the row is never lost.</summary>
    private static JsonDocument? ToJson(string? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToDocument(body);
        }
    }
}
