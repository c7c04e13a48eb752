using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Properties;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The BankAccounts area over real HTTP: list and export with masked numbers, the form, create, edit, details.</summary>
public sealed class BankAccountPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _glAccountId;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        // The shared financial records are the accountants' (ADR-014).
        _client = await _factory.CreateSignedInClientAsync(Roles.Accountant);
        await using var db = database.CreateContext();
        // One class fixture database for all tests of the class: the GL account is made once.
        if (await db.GlAccounts.FirstOrDefaultAsync(g => g.BuildiumGlAccountId == 9300) is { } existing)
        {
            _glAccountId = existing.Id;
            return;
        }

        var gl = new GlAccount { Name = "Bank Tests Cash", AccountNumber = "1010", BuildiumGlAccountId = 9300, Type = GlAccountTypes.Asset, IsActive = true };
        db.GlAccounts.Add(gl);
        await db.SaveChangesAsync();
        _glAccountId = gl.Id;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The one place the client is made, so a signed-in client can replace it.</summary>

    [Fact]
    public async Task The_list_filters_by_type_and_status_and_exports_those_rows_with_numbers_masked()
    {
        var tag = Tag();
        await using (var db = database.CreateContext())
        {
            db.BankAccounts.AddRange(
                new BankAccount { Name = $"{tag} Savings", BankAccountType = "Savings", IsActive = true, AccountNumber = "000123456789", RoutingNumber = "021000021", GlAccountId = _glAccountId, BuildiumBankId = Next() },
                new BankAccount { Name = $"{tag} Checking", BankAccountType = "Checking", IsActive = true, GlAccountId = _glAccountId, BuildiumBankId = Next() },
                new BankAccount { Name = $"{tag} Old savings", BankAccountType = "Savings", IsActive = false, GlAccountId = _glAccountId, BuildiumBankId = Next() });
            await db.SaveChangesAsync();
        }

        var query = $"q={tag}&type=Savings&status=Active";
        var html = await _client.GetStringAsync(new Uri($"/BankAccounts?{query}", UriKind.Relative));
        html.ShouldContain($"{tag} Savings");
        html.ShouldNotContain($"{tag} Checking");
        html.ShouldNotContain($"{tag} Old savings");
        html.ShouldContain("6789");
        html.ShouldNotContain("123456789");
        html.ShouldNotContain("021000021");

        var csv = await (await _client.GetAsync(new Uri($"/BankAccounts?handler=Csv&{query}", UriKind.Relative))).Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Name,Type,Account number,Routing number");
        lines.Length.ShouldBe(2);
        lines[1].ShouldStartWith($"{tag} Savings,Savings,•••• 6789,•••• 0021,Bank Tests Cash");
        csv.ShouldNotContain("123456789");
        csv.ShouldNotContain("021000021");
    }

    [Fact]
    public async Task A_failed_post_shows_messages_keeps_the_name_never_echoes_numbers_and_stores_nothing()
    {
        var tag = Tag();
        var response = await _client.SubmitAsync("/BankAccounts/Create", Form($"{tag} <b>Ops</b>", account: "55554444", routing: "12345678"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Enter the 9-digit routing number.");
        html.ShouldContain($"value=\"{tag} &lt;b&gt;Ops&lt;/b&gt;\"");
        html.ShouldNotContain("55554444");
        await using var db = database.CreateContext();
        (await db.BankAccounts.AnyAsync(b => b.Name.Contains(tag))).ShouldBeFalse();

        var unnamed = await _client.SubmitAsync("/BankAccounts/Create", Form("", account: "", routing: ""));
        (await unnamed.Content.ReadAsStringAsync()).ShouldContain("Enter the account&#x27;s name.");
    }

    [Fact]
    public async Task Creating_then_editing_stores_the_account_keeps_numbers_left_empty_and_queues_it()
    {
        var tag = Tag();
        var created = await _client.SubmitAsync("/BankAccounts/Create", Form(tag, account: "9876543210", routing: "021000021"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        Guid id;
        await using (var db = database.CreateContext())
        {
            var account = await db.BankAccounts.SingleAsync(b => b.Name == tag);
            id = account.Id;
            account.AccountNumber.ShouldBe("9876543210");
            account.RoutingNumber.ShouldBe("021000021");
            account.GlAccountId.ShouldBe(_glAccountId);
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.BankAccount && s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }

        // A second new account waits beside the first: each holds its own placeholder id until Buildium numbers it.
        var second = await _client.SubmitAsync("/BankAccounts/Create", Form(tag + "2", account: "", routing: ""));
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect, await second.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var waiting = await db.BankAccounts.Where(b => b.Name.StartsWith(tag)).Select(b => b.BuildiumBankId).ToListAsync();
            waiting.Count.ShouldBe(2);
            waiting.ShouldAllBe(b => b < 0);
        }

        (await _client.GetStringAsync(new Uri($"/BankAccounts/Details/{id}", UriKind.Relative))).ShouldNotContain("Buildium #-");

        var edit = await _client.GetStringAsync(new Uri($"/BankAccounts/Edit/{id}", UriKind.Relative));
        edit.ShouldNotContain("9876543210");
        edit.ShouldContain("Stored: ");
        var edited = await _client.SubmitAsync($"/BankAccounts/Edit/{id}", Form(tag + " renamed", account: "", routing: "", type: "Savings"));
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect, await edited.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var account = await db.BankAccounts.SingleAsync(b => b.Id == id);
            account.Name.ShouldBe(tag + " renamed");
            account.BankAccountType.ShouldBe("Savings");
            account.AccountNumber.ShouldBe("9876543210", "an empty input keeps the stored number");
            await db.BankAccounts.Where(b => b.Id == id).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task Details_show_the_gl_account_and_properties_and_encode_stored_markup()
    {
        var tag = Tag();
        Guid id;
        await using (var db = database.CreateContext())
        {
            var account = new BankAccount { Name = $"{tag} Operating", Description = "<script>alert('bank')</script>", AccountNumber = "4444333322221111", GlAccountId = _glAccountId, BuildiumBankId = Next(), IsActive = true };
            db.BankAccounts.Add(account);
            await db.SaveChangesAsync();
            db.Properties.Add(new Property { Name = $"{tag} Tower", OperatingBankAccountId = account.Id, BuildiumPropertyId = Next(), IsActive = true });
            await db.SaveChangesAsync();
            id = account.Id;
        }

        var html = await _client.GetStringAsync(new Uri($"/BankAccounts/Details/{id}", UriKind.Relative));

        html.ShouldContain("1010 Bank Tests Cash");
        html.ShouldContain($"{tag} Tower");
        html.ShouldContain("1111");
        html.ShouldNotContain("4444333322221111");
        html.ShouldContain("&lt;script&gt;alert(&#x27;bank&#x27;)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert('bank')");
    }

    [Fact]
    public async Task Details_of_an_unknown_bank_account_is_a_404_page()
    {
        var response = await _client.GetAsync(new Uri($"/BankAccounts/Details/{Guid.NewGuid()}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Tag() => "B" + Guid.NewGuid().ToString("N")[..8];

    private static int Next() => Random.Shared.Next(1_000_000, int.MaxValue);

    private Dictionary<string, string> Form(string name, string account, string routing, string type = "Checking") => new()
    {
        ["Input.Name"] = name,
        ["Input.BankAccountType"] = type,
        ["Input.AccountNumber"] = account,
        ["Input.RoutingNumber"] = routing,
        ["GlAccountId"] = _glAccountId.ToString(),
    };
}
