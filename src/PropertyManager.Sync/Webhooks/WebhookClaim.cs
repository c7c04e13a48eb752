using Npgsql;
using NpgsqlTypes;
using PropertyManager.Data.Security;

namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// A batch of due events locked with <c>FOR UPDATE SKIP LOCKED</c> in a transaction of its own connection: other
/// instances skip these rows until the batch commits, and if this process dies the locks go with its connection,
/// so the events are simply claimed again. Outcomes are written in the same transaction.
/// </summary>
public sealed class WebhookClaim : IAsyncDisposable
{
    private const int MaxErrorLength = 4000;

    // Oldest first. A failed event waits RetryBaseDelay * 2^(failures - 1), capped, counted from its last attempt.
    private const string ClaimSql = """
        SELECT id, event_type, event_data::text, COALESCE(retry_count, 0), COALESCE(max_retries, @default_max)
        FROM buildium_webhook_events
        WHERE (processed = false OR processed IS NULL)
          AND COALESCE(retry_count, 0) < COALESCE(max_retries, @default_max)
          AND (COALESCE(retry_count, 0) = 0
               OR COALESCE(updated_at, created_at) + LEAST(@base_delay * power(2, retry_count - 1), @max_delay) <= clock_timestamp())
          AND (@only_id IS NULL OR id = @only_id)
        ORDER BY created_at, id
        LIMIT @batch
        FOR UPDATE SKIP LOCKED
        """;

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private WebhookClaim(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ClaimedWebhookEvent> events)
    {
        _connection = connection;
        _transaction = transaction;
        Events = events;
    }

    public IReadOnlyList<ClaimedWebhookEvent> Events { get; }

    public static async Task<WebhookClaim> ClaimAsync(string connectionString, WebhookProcessorOptions options, Guid? onlyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Opened without EF Core: the processor works for the system, so it sets its access itself.
            await DataAccessSession.ApplyAsync(connection, DataAccess.All, cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var command = new NpgsqlCommand(ClaimSql, connection, transaction);
            command.Parameters.AddWithValue("default_max", options.DefaultMaxRetries);
            command.Parameters.AddWithValue("base_delay", options.RetryBaseDelay);
            command.Parameters.AddWithValue("max_delay", options.RetryMaxDelay);
            command.Parameters.Add(new NpgsqlParameter("only_id", NpgsqlDbType.Uuid) { Value = (object?)onlyId ?? DBNull.Value });
            command.Parameters.AddWithValue("batch", options.BatchSize);
            var events = new List<ClaimedWebhookEvent>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    events.Add(new ClaimedWebhookEvent(
                        reader.GetGuid(0),
                        reader.IsDBNull(1) ? null : reader.GetString(1),
                        reader.IsDBNull(2) ? null : reader.GetString(2),
                        reader.GetInt32(3),
                        reader.GetInt32(4)));
                }
            }

            return new WebhookClaim(connection, transaction, events);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Done; <paramref name="note"/> (e.g. "not synced from webhooks") stays visible in <c>error_message</c>.</summary>
    public Task MarkProcessedAsync(IReadOnlyCollection<Guid> ids, string? note, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE buildium_webhook_events SET processed = true, processed_at = clock_timestamp(), error_message = @message, updated_at = clock_timestamp() WHERE id = ANY(@ids)",
            ids, note, cancellationToken);

    /// <summary>One more failed attempt; <paramref name="permanent"/> (a payload no retry can fix) uses up every attempt at once.</summary>
    public Task MarkFailedAsync(IReadOnlyCollection<Guid> ids, string error, bool permanent, CancellationToken cancellationToken) =>
        ExecuteAsync(
            permanent
                ? "UPDATE buildium_webhook_events SET retry_count = GREATEST(COALESCE(max_retries, 1), COALESCE(retry_count, 0) + 1), error_message = @message, updated_at = clock_timestamp() WHERE id = ANY(@ids)"
                : "UPDATE buildium_webhook_events SET retry_count = COALESCE(retry_count, 0) + 1, error_message = @message, updated_at = clock_timestamp() WHERE id = ANY(@ids)",
            ids, error, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task ExecuteAsync(string sql, IReadOnlyCollection<Guid> ids, string? message, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(sql, _connection, _transaction);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        command.Parameters.Add(new NpgsqlParameter("message", NpgsqlDbType.Text)
        {
            Value = message is null ? DBNull.Value : message.Length > MaxErrorLength ? message[..MaxErrorLength] : message,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
