using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Webhooks;

namespace PropertyManager.Tests.Web;

/// <summary>Each app host logs through its own sinks, request log included, even with many hosts in one process.</summary>
public sealed class LoggingTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Two_hosts_in_one_process_each_log_their_own_requests()
    {
        await using var first = new WebhookAppFactory(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = database.ConnectionString, ["Sync:Enabled"] = "false" });
        await using var second = new WebhookAppFactory(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = database.ConnectionString, ["Sync:Enabled"] = "false" });
        first.StartServer();
        second.StartServer();
        using var firstClient = first.CreateClient();
        using var secondClient = second.CreateClient();

        await firstClient.GetAsync(new Uri("/health?from=first", UriKind.Relative));
        await secondClient.GetAsync(new Uri("/health?from=second", UriKind.Relative));

        first.Log.Events.ShouldContain(e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal) && e.Properties["RequestPath"].ToString().Contains("/health"));
        first.Log.Events.Count(e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal)).ShouldBe(1, "the second host's request is not in the first host's log");
        second.Log.Events.Count(e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal)).ShouldBe(1);
    }
}
