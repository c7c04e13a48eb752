using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using PropertyManager.Tests.Webhooks;
using PropertyManager.Web.Logging;
using Serilog.Core;

namespace PropertyManager.Tests.Security;

/// <summary>
/// Known, distinctive tax ids and bank numbers go through a full sync, a push of a local edit and a second sync; then
/// every place the app writes to is searched for them: Serilog events, the Buildium call log, webhook rows, sync state,
/// the raw columns and the pages (HTML and CSV) an administrator sees without asking for a reveal.
/// </summary>
public sealed class SensitiveSinkTests : IAsyncLifetime
{
    // An EIN: Buildium returns it in full (an SSN reads back masked, so no full value would reach the app).
    private const string OwnerTaxId = "91-3572468";
    private const string VendorTaxId = "86-4213579";
    private const string AccountNumber = "7391046285";
    private const string RoutingNumber = "061000227";
    private static readonly string[] s_values = [OwnerTaxId, VendorTaxId, AccountNumber, RoutingNumber, "913572468", "864213579"];

    private readonly TestDatabase _database = new();
    private readonly CapturingSink _log = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(
            _database.ConnectionString,
            settings: new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Debug" },
            configure: b =>
            {
                b.AddAppLogging();
                b.Services.AddSingleton<ILogEventSink>(_log);
            });
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task No_tax_id_or_bank_number_reaches_a_log_a_table_in_plaintext_or_a_page()
    {
        var store = _buildium.Emulator.Store;
        var ownerId = store.GetIds("owners")[0];
        var vendorId = store.GetIds("vendors")[0];
        var bankId = store.GetIds("bankaccounts")[0];
        store.Update("owners", ownerId, new JsonObject { ["TaxInformation"] = new JsonObject { ["TaxPayerIdType"] = "EIN", ["TaxPayerId"] = OwnerTaxId } });
        store.Update("vendors", vendorId, new JsonObject { ["TaxInformation"] = new JsonObject { ["TaxPayerIdType"] = "EIN", ["TaxPayerId"] = VendorTaxId } });
        store.Update("bankaccounts", bankId, new JsonObject { ["AccountNumber"] = "XXXXXX6285", ["AccountNumberUnmasked"] = AccountNumber, ["RoutingNumber"] = RoutingNumber });

        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        Guid localOwner;
        await using (var db = _database.CreateContext())
        {
            var owner = await db.Owners.SingleAsync(o => o.BuildiumOwnerId == ownerId);
            owner.TaxPayerId.ShouldBe(OwnerTaxId, "the sync stores the value (encrypted) and EF reads it back");
            (await db.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId)).TaxId.ShouldBe(VendorTaxId);
            var account = await db.BankAccounts.SingleAsync(b => b.BuildiumBankId == bankId);
            (account.AccountNumber, account.RoutingNumber).ShouldBe((AccountNumber, RoutingNumber));

            owner.Comment = "Edited locally " + Guid.NewGuid().ToString("N")[..6];

            // Buildium never returns the date of birth; the push sends an owner's edit only once it is known (ADR-013).
            owner.DateOfBirth ??= new DateOnly(1970, 1, 1);
            localOwner = owner.Id;
            await db.SaveChangesAsync();
        }

        (await _buildium.PushAsync()).Errors.ShouldBeEmpty();
        store.Get("owners", ownerId)!["TaxInformation"]!["TaxPayerId"]!.GetValue<string>().ShouldBe(OwnerTaxId, "the push sends the decrypted value to Buildium");
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();

        foreach (var logEvent in _log.Events)
        {
            var text = logEvent.RenderMessage(null) + " " + string.Join(" ", logEvent.Properties.Values) + " " + logEvent.Exception;
            ShouldHoldNone(text, $"log event '{logEvent.MessageTemplate.Text}'");
        }

        _log.Events.ShouldNotBeEmpty("the app's Serilog pipeline was captured");
        foreach (var table in new[] { "buildium_api_log", "buildium_webhook_events", "buildium_api_cache", "sync_records", "sync_conflicts", "sync_runs", "buildium_sync_status", "owners", "vendors", "bank_accounts" })
        {
            ShouldHoldNone(await _database.ExecuteScalarAsync<string?>($"SELECT coalesce(string_agg(t::text, E'\\n'), '') FROM {table} t") ?? "", table);
        }

        (await _database.ExecuteScalarAsync<long>("SELECT count(*) FROM buildium_api_log WHERE request_data IS NOT NULL OR response_data IS NOT NULL")).ShouldBeGreaterThan(0);

        await using var web = new WebAppFactory(_database.ConnectionString);
        using var admin = await web.CreateSignedInClientAsync(Roles.Admin);
        await using var read = _database.CreateContext();
        var vendor = await read.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId);
        var bank = await read.BankAccounts.SingleAsync(b => b.BuildiumBankId == bankId);
        foreach (var page in new[]
        {
            "/Owners", "/Owners?handler=Csv", $"/Owners/Details/{localOwner}", $"/Owners/Edit/{localOwner}",
            "/Vendors", "/Vendors?handler=Csv", $"/Vendors/Details/{vendor.Id}", $"/Vendors/Edit/{vendor.Id}",
            "/BankAccounts", "/BankAccounts?handler=Csv", $"/BankAccounts/Details/{bank.Id}", $"/BankAccounts/Edit/{bank.Id}",
            "/Admin/Sync/Conflicts", "/Admin/Sync/ApiLog", "/Admin/Sync/Failed",
        })
        {
            var response = await admin.GetAsync(new Uri(page, UriKind.Relative));
            ShouldHoldNone(await response.Content.ReadAsStringAsync(), page);
        }
    }

    private static void ShouldHoldNone(string text, string where)
    {
        foreach (var value in s_values)
        {
            text.Contains(value, StringComparison.Ordinal).ShouldBeFalse($"{where} holds {value}");
        }
    }
}
