using Npgsql;
using NpgsqlTypes;
using PropertyManager.Data.Security;
using PropertyManager.Web.Database;

namespace PropertyManager.Web.Webhooks;

/// <summary>
/// Stores a verified event with one statement: <c>ON CONFLICT (event_id) DO NOTHING</c> makes a redelivery cost a
/// single index probe and no second row. Raw Npgsql over a data source of its own, because this runs for every
/// webhook and needs none of EF Core's tracking.
/// </summary>
public sealed class WebhookEventWriter(DatabaseEndpoint endpoint) : IAsyncDisposable
{
    private const string InsertSql = """
        INSERT INTO buildium_webhook_events (id, event_id, event_type, event_data, processed, retry_count, max_retries, created_at, updated_at)
        VALUES ($1, $2, $3, $4, false, 0, $5, clock_timestamp(), clock_timestamp())
        ON CONFLICT (event_id) DO NOTHING
        """;

    private readonly Lock _lock = new();
    private NpgsqlDataSource? _dataSource;

    /// <summary>True when stored, false when an event with this id was stored before.</summary>
    public async Task<bool> InsertAsync(string eventId, string eventType, string payload, int maxRetries, CancellationToken cancellationToken)
    {
        await using var command = DataSource().CreateCommand(InsertSql);
        // Version 7: time-ordered, so the primary key index grows at its end under a stream of inserts.
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid, Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = eventId });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Varchar, Value = eventType });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Jsonb, Value = payload });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Integer, Value = maxRetries });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    // Built on first use: the connection string of the zero-configuration database is known only after it started.
    private NpgsqlDataSource DataSource()
    {
        if (_dataSource is { } ready)
        {
            return ready;
        }

        lock (_lock)
        {
            if (_dataSource is null)
            {
                // Anonymous callers: the database lets this data source's connections store webhook events and nothing else.
                var builder = new NpgsqlDataSourceBuilder(DataAccessSession.WithAccess(endpoint.ConnectionString, DataAccess.Webhook));
                // One statement, run for every webhook: prepared once per connection, PostgreSQL skips parse and plan.
                builder.ConnectionStringBuilder.MaxAutoPrepare = 4;
                builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
                // Nothing here changes session state, so returning a connection to the pool needs no reset round trip.
                builder.ConnectionStringBuilder.NoResetOnClose = true;
                _dataSource = builder.Build();
            }

            return _dataSource;
        }
    }
}
