using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Vendors;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Webhooks;
using PropertyManager.Web.Sensitive;
using Serilog.Core;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>An administrator's explicit reveal shows a full value once and is audited without it; nobody else may.</summary>
public sealed class RevealTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly CapturingSink _log = new();
    private WebAppFactory _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString, services: s => s.AddSingleton<ILogEventSink>(_log));
        _factory.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task An_admin_reveals_each_field_once_and_the_audit_line_names_admin_record_and_field_but_not_the_value()
    {
        var (ownerId, vendorId, accountId) = await SeedAsync();
        var admin = await _factory.CreateUserAsync(Roles.Admin);
        using var client = _factory.CreateBrowser();
        (await WebAppFactory.SignInAsync(client, admin.Email!, WebAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var cases = new (string Details, string Field, Guid Id, string Value)[]
        {
            ($"/Owners/Details/{ownerId}", SensitiveField.OwnerTaxId, ownerId, "93-8675309"),
            ($"/Vendors/Details/{vendorId}", SensitiveField.VendorTaxId, vendorId, "94-1357913"),
            ($"/BankAccounts/Details/{accountId}", SensitiveField.BankAccountNumber, accountId, "5555444433332222"),
            ($"/BankAccounts/Details/{accountId}", SensitiveField.BankRoutingNumber, accountId, "026009593"),
        };
        foreach (var (details, field, id, value) in cases)
        {
            var page = await (await client.GetAsync(new Uri(details, UriKind.Relative))).Content.ReadAsStringAsync();
            page.ShouldNotContain(value);
            page.ShouldContain($"value=\"{field}\"", customMessage: "the details page offers an admin the Reveal button");

            var revealed = await Forms.PostAsync(client, "/Admin/Sensitive/Reveal", new Dictionary<string, string> { ["field"] = field, ["id"] = id.ToString() }, details);
            revealed.StatusCode.ShouldBe(HttpStatusCode.OK);
            revealed.Headers.CacheControl!.NoStore.ShouldBeTrue();
            (await revealed.Content.ReadAsStringAsync()).ShouldContain(value);

            var audit = _log.Events.Where(e => e.MessageTemplate.Text.StartsWith("Audit:", StringComparison.Ordinal)).Select(e => e.RenderMessage(null)).ToList();
            audit.ShouldContain(line => line.Contains(admin.Email!) && line.Contains(field) && line.Contains(id.ToString()));
        }

        foreach (var logged in _log.Events.Select(e => e.RenderMessage(null) + string.Join(" ", e.Properties.Values)))
        {
            foreach (var (_, _, _, value) in cases)
            {
                logged.ShouldNotContain(value);
            }
        }
    }

    [Fact]
    public async Task A_manager_sees_no_reveal_button_and_a_posted_reveal_is_forbidden()
    {
        var (ownerId, _, _) = await SeedAsync();
        using var client = await _factory.CreateSignedInClientAsync(Roles.Manager);
        var details = $"/Owners/Details/{ownerId}";
        (await (await client.GetAsync(new Uri(details, UriKind.Relative))).Content.ReadAsStringAsync()).ShouldNotContain(SensitiveField.OwnerTaxId);

        var response = await Forms.PostAsync(client, "/Admin/Sensitive/Reveal", new Dictionary<string, string> { ["field"] = SensitiveField.OwnerTaxId, ["id"] = ownerId.ToString() }, details);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await client.GetAsync(response.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        _log.Events.ShouldNotContain(e => e.MessageTemplate.Text.StartsWith("Audit:", StringComparison.Ordinal) && e.RenderMessage(null).Contains(ownerId.ToString()));
    }

    private async Task<(Guid Owner, Guid Vendor, Guid Account)> SeedAsync()
    {
        await using var db = database.CreateContext();
        var owner = new Owner { CompanyName = "Reveal Holdings", IsCompany = true, IsActive = true, TaxPayerId = "93-8675309", TaxId = "93-8675309", BuildiumOwnerId = Next() };
        var vendor = new Vendor { Name = "Reveal Roofing", IsActive = true, TaxId = "94-1357913", BuildiumVendorId = Next() };
        var gl = new GlAccount { Name = "Reveal Cash", BuildiumGlAccountId = Next(), Type = GlAccountTypes.Asset, IsActive = true };
        var account = new BankAccount { Name = "Reveal Operating", IsActive = true, AccountNumber = "5555444433332222", RoutingNumber = "026009593", BuildiumBankId = Next(), GlAccount = gl };
        db.AddRange(owner, vendor, account);
        await db.SaveChangesAsync();
        return (owner.Id, vendor.Id, account.Id);
    }

    private static int Next() => Random.Shared.Next(1_000_000, int.MaxValue);
}
