using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PropertyManager.Buildium.ApiLog;
using PropertyManager.Buildium.Banking;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Owners;
using PropertyManager.Buildium.Tests.Infrastructure;
using PropertyManager.Buildium.Vendors;

namespace PropertyManager.Buildium.Tests;

public sealed class ApiLogTests
{
    [Fact]
    public async Task Secrets_tax_ids_and_account_numbers_never_reach_the_log()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var category = await t.Client.VendorCategories.ListAsync().FirstAsync();

        var vendor = await t.Client.Vendors.CreateAsync(new VendorPostMessage
        {
            IsCompany = true,
            CompanyName = "Masking Plumbing",
            CategoryId = category.Id,
            AccountNumber = "VACCT-55501234",
            // An EIN, which Buildium reads back in full (an SSN reads back masked and the PUT below would resend the mask).
            TaxInformation = new TaxInformationPostMessage { TaxPayerId = "12-3456789", TaxPayerType = TaxPayerIdType.EIN, TaxPayerName1 = "Masking Plumbing" },
        });
        await t.Client.BankAccounts.CreateAsync(new BankAccountPostMessage
        {
            Name = "Masked operating",
            BankAccountType = BankAccountType.Checking,
            Country = "UnitedStates",
            AccountNumber = "000987654321",
            RoutingNumber = "021000021",
        });
        await t.Client.BankAccounts.ListAsync(new BankAccountListFilter { RoutingNumbers = ["021000021"] }).ToListAsync();
        await t.Client.Vendors.UpdateAsync(vendor.Id, v => v.Comments = "touched");
        await t.StopAsync();

        var logged = JsonSerializer.Serialize(t.Sink.Calls);
        t.Sink.Calls.Count.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var secret in new[] { "12-3456789", "VACCT-55501234", "000987654321", "021000021", t.Emulator.Options.ClientSecret })
        {
            logged.ShouldNotContain(secret);
        }

        logged.ShouldContain("***");
        t.Sink.Calls.ShouldContain(c => c.Endpoint.Contains("routingnumbers=***", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Large_bodies_are_stored_as_a_summary_with_size_and_hash()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c =>
        {
            c.ApiLog.MaxBodyChars = 1000;
            c.ApiLog.PreviewChars = 100;
        });

        await t.Client.Rentals.ListAsync().ToListAsync();
        var call = (await t.Sink.WaitForAsync(c => c.Endpoint.StartsWith("/v1/rentals?", StringComparison.Ordinal), 1)).Single();

        using var http = new HttpClient { BaseAddress = t.Emulator.BaseAddress };
        http.DefaultRequestHeaders.Add("x-buildium-client-id", t.ClientId);
        http.DefaultRequestHeaders.Add("x-buildium-client-secret", t.Emulator.Options.ClientSecret);
        var raw = await http.GetStringAsync(call.Endpoint.TrimStart('/'));
        var full = BuildiumLogSanitizer.SanitizeBody(raw, int.MaxValue, 0)!;

        var summary = JsonNode.Parse(call.ResponseBody!)!.AsObject();
        summary["truncated"]!.GetValue<bool>().ShouldBeTrue();
        summary["size"]!.GetValue<int>().ShouldBe(Encoding.UTF8.GetByteCount(full));
        summary["size"]!.GetValue<int>().ShouldBeGreaterThan(1000);
        summary["sha256"]!.GetValue<string>().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full))));
        summary["preview"]!.GetValue<string>().ShouldBe(full[..100]);
    }

    [Fact]
    public async Task The_writer_flushes_what_is_left_on_graceful_shutdown()
    {
        var sink = new CollectingApiLogSink { Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) };
        await using var t = await BuildiumTestHost.StartAsync(sink: sink);
        var id = t.Emulator.Store.GetIds("rentals")[0];

        await t.Client.Rentals.GetAsync(id);
        await sink.FirstBatchStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // The writer is now stuck in the sink with the first batch; these stay queued.
        for (var i = 0; i < 5; i++)
        {
            await t.Client.Rentals.GetAsync(id);
        }

        var stopping = t.StopAsync();
        sink.Gate.SetResult();
        await stopping;

        sink.Calls.Count.ShouldBe(6);
        sink.Calls.ShouldAllBe(c => c.Endpoint == $"/v1/rentals/{id}" && c.ResponseStatus == 200 && c.DurationMs >= 0);
    }

    [Fact]
    public async Task The_writer_purges_entries_older_than_the_retention()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.ApiLog.RetentionDays = 30);

        var cutoffs = await WaitAsync(() => t.Sink.PurgeCutoffs, c => c.Count > 0);

        cutoffs[0].ShouldBe(DateTimeOffset.UtcNow.AddDays(-30), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void A_full_queue_drops_and_counts_instead_of_blocking()
    {
        var options = Options.Create(new BuildiumOptions { ApiLog = { QueueCapacity = 2 } });
        var queue = new BuildiumApiLogQueue(options, NullLogger<BuildiumApiLogQueue>.Instance);

        for (var i = 0; i < 5; i++)
        {
            queue.Enqueue(new BuildiumApiLogEntry(DateTimeOffset.UtcNow, "GET", new Uri("http://x/v1/rentals"), null, 200, "[]", null, 1));
        }

        queue.DroppedCount.ShouldBe(3);
    }

    [Fact]
    public void The_sanitizer_masks_at_any_depth_and_keeps_the_json_valid()
    {
        var body = """{"Id":1,"TaxInformation":{"taxpayerid":"123-45-6789","TaxPayerIdType":"SSN"},"Lines":[{"GLAccount":{"AccountNumber":"4000"}}],"BankAccountNumber":"x","UploadUrl":"https://s3/b?X-Amz-Signature=abc"}""";

        var masked = JsonNode.Parse(BuildiumLogSanitizer.SanitizeBody(body, 10_000, 100)!)!;

        masked["TaxInformation"]!["taxpayerid"]!.GetValue<string>().ShouldBe("***");
        masked["TaxInformation"]!["TaxPayerIdType"]!.GetValue<string>().ShouldBe("SSN");
        masked["Lines"]![0]!["GLAccount"]!["AccountNumber"]!.GetValue<string>().ShouldBe("***");
        masked["UploadUrl"]!.GetValue<string>().ShouldBe("https://s3/b?***");
        BuildiumLogSanitizer.SanitizeBody("<html>oops</html>", 10_000, 100).ShouldBe("\"\\u003Chtml\\u003Eoops\\u003C/html\\u003E\"");
        BuildiumLogSanitizer.MaskQuery("/v1/bankaccounts?routingnumbers=1&routingnumbers=2&bankname=x")
            .ShouldBe("/v1/bankaccounts?routingnumbers=***&routingnumbers=***&bankname=x");
    }

    [Fact]
    public void The_streamed_sanitizer_writes_what_masking_a_parsed_document_gives()
    {
        var body = """
            [{"Id":1,"Name":"Caf\u00e9 \"Corner\"","Rent":1.50,"Big":1e5,"Neg":-0,"Ok":true,"No":false,"Gone":null,
              "TaxInformation":{"TaxId":{"Nested":"123-45-6789"},"taxpayerid":null},"AccountNumbers":[1,2],
              "DownloadUrl":{"Signature":"s3cr3t","Url":"https://s3/f?X-Amz-Signature=abc"},"BucketUrl":"https://s3/b?token=1",
              "Notes":"ünïcødé ✓"}]
            """;
        var expected = JsonNode.Parse("""
            [{"Id":1,"Name":"Café \"Corner\"","Rent":1.50,"Big":1e5,"Neg":-0,"Ok":true,"No":false,"Gone":null,
              "TaxInformation":{"TaxId":"***","taxpayerid":null},"AccountNumbers":"***",
              "DownloadUrl":{"Signature":"***","Url":"https://s3/f?X-Amz-Signature=abc"},"BucketUrl":"https://s3/b?***",
              "Notes":"ünïcødé ✓"}]
            """);

        var masked = BuildiumLogSanitizer.SanitizeBody(body, 10_000, 100)!;

        JsonNode.DeepEquals(JsonNode.Parse(masked), expected).ShouldBeTrue(masked);
        masked.ShouldContain("\"Rent\":1.50", Case.Sensitive);
        masked.ShouldNotContain("123-45-6789");
        masked.ShouldNotContain("s3cr3t");
    }

    [Fact]
    public void The_limit_is_on_the_masked_text_and_a_body_over_it_is_hashed_whole()
    {
        var body = """{"Items":[""" + string.Join(',', Enumerable.Range(1, 5000).Select(i => $$"""{"Id":{{i}},"TaxId":"99-{{i:D7}}"}""")) + "]}";
        var full = BuildiumLogSanitizer.SanitizeBody(body, int.MaxValue, 0)!;

        BuildiumLogSanitizer.SanitizeBody(body, full.Length, 10).ShouldBe(full);
        var summary = JsonNode.Parse(BuildiumLogSanitizer.SanitizeBody(body, full.Length - 1, 10)!)!;

        summary["truncated"]!.GetValue<bool>().ShouldBeTrue();
        summary["size"]!.GetValue<long>().ShouldBe(full.Length);
        summary["sha256"]!.GetValue<string>().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full))));
        summary["preview"]!.GetValue<string>().ShouldBe(full[..10]);
        full.ShouldNotContain("99-");
    }

    [Fact]
    public void Bodies_that_are_not_json_are_kept_as_a_json_string_and_bad_bytes_replaced()
    {
        BuildiumLogSanitizer.SanitizeBody("""{"Id":1,"TaxId":"12-3456789" trailing""", 10_000, 100)
            .ShouldBe(JsonSerializer.Serialize("""{"Id":1,"TaxId":"12-3456789" trailing"""));
        BuildiumLogSanitizer.SanitizeBody("   ", 10_000, 100).ShouldBe("\"   \"");
        // Invalid UTF-8 in an otherwise valid body: still valid JSON text, the bad byte replaced.
        var invalid = BuildiumLogSanitizer.SanitizeBody(new ReadOnlySequence<byte>([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D]), 10_000, 100)!;
        JsonNode.Parse(invalid)!["\uFFFD"]!.GetValue<int>().ShouldBe(1);
    }

    private static async Task<IReadOnlyList<T>> WaitAsync<T>(Func<IReadOnlyList<T>> read, Func<IReadOnlyList<T>, bool> done)
    {
        for (var i = 0; i < 200 && !done(read()); i++)
        {
            await Task.Delay(25);
        }

        return read();
    }
}
