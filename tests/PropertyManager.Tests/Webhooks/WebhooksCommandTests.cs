using Microsoft.EntityFrameworkCore;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Webhooks;

/// <summary><c>webhooks list --failed</c> and <c>webhooks replay ID</c>, run as the real app process.</summary>
public sealed class WebhooksCommandTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_failed_event_is_listed_and_replaying_it_processes_it()
    {
        var id = Guid.NewGuid();
        // Failed for good: every attempt used. Buildium has no rental 987654, so the replay's read ends in "gone".
        await using (var connection = new Npgsql.NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = new Npgsql.NpgsqlCommand("""
                INSERT INTO buildium_webhook_events (id, event_id, event_type, event_data, processed, retry_count, max_retries, error_message)
                VALUES (@id, 'evt-cli-1', 'Rental.Updated', '{"EventName":"Rental.Updated","AccountId":1,"PropertyId":987654}', false, 3, 3, 'boom')
                """, connection);
            insert.Parameters.AddWithValue("id", id);
            await insert.ExecuteNonQueryAsync();
        }

        var environment = new Dictionary<string, string?> { ["ConnectionStrings__Default"] = database.ConnectionString };

        var listed = await AppProcess.RunAsync(environment, "webhooks", "list", "--failed");
        var replayed = await AppProcess.RunAsync(environment, "webhooks", "replay", "evt-cli-1");
        var unknown = await AppProcess.RunAsync(environment, "webhooks", "replay", "no-such-event");

        listed.ExitCode.ShouldBe(0, listed.StdErr);
        listed.StdOut.ShouldContain(id.ToString());
        listed.StdOut.ShouldContain("boom");
        replayed.ExitCode.ShouldBe(0, replayed.StdErr + replayed.StdOut);
        replayed.StdOut.ShouldContain("processed");
        unknown.ExitCode.ShouldBe(2);
        await using var db = database.CreateContext();
        var stored = await db.WebhookEvents.AsNoTracking().SingleAsync(e => e.Id == id);
        stored.Processed.ShouldBe(true);
        stored.RetryCount.ShouldBe(0);
        stored.ErrorMessage.ShouldBeNull();
    }
}
