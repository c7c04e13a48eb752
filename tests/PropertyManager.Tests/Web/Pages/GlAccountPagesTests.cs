using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The GlAccounts area over real HTTP: list filters and export, the form, create, edit, details.</summary>
public sealed class GlAccountPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        // The shared financial records are the accountants' (ADR-014).
        _client = await _factory.CreateSignedInClientAsync(Roles.Accountant);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The one place the client is made, so a signed-in client can replace it.</summary>

    [Fact]
    public async Task The_list_filters_by_type_and_status_sorts_by_number_and_exports_exactly_those_rows()
    {
        var tag = Tag();
        await using (var db = database.CreateContext())
        {
            db.GlAccounts.AddRange(
                new GlAccount { Name = $"{tag} Rent income", AccountNumber = $"{tag}-4100", Type = GlAccountTypes.Income, SubType = "Income", IsActive = true, BuildiumGlAccountId = Next() },
                new GlAccount { Name = $"{tag} Late fees", AccountNumber = $"{tag}-4000", Type = GlAccountTypes.Income, SubType = "Income", IsActive = true, BuildiumGlAccountId = Next() },
                new GlAccount { Name = $"{tag} Old income", AccountNumber = $"{tag}-4200", Type = GlAccountTypes.Income, IsActive = false, BuildiumGlAccountId = Next() },
                new GlAccount { Name = $"{tag} Repairs", AccountNumber = $"{tag}-6100", Type = GlAccountTypes.Expense, IsActive = true, BuildiumGlAccountId = Next() });
            await db.SaveChangesAsync();
        }

        var query = $"q={tag}&type=Income&status=Active";
        var html = await _client.GetStringAsync(new Uri($"/GlAccounts?{query}", UriKind.Relative));
        html.ShouldContain($"{tag} Rent income");
        html.ShouldNotContain($"{tag} Old income");
        html.ShouldNotContain($"{tag} Repairs");
        html.IndexOf($"{tag} Late fees", StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf($"{tag} Rent income", StringComparison.Ordinal), "sorted by number");

        var csv = await (await _client.GetAsync(new Uri($"/GlAccounts?handler=Csv&{query}", UriKind.Relative))).Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Number,Name,Type,Sub type");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith($"{tag}-4000,{tag} Late fees,Income,Income");
    }

    [Fact]
    public async Task A_failed_post_shows_messages_keeps_what_was_typed_and_stores_nothing()
    {
        var tag = Tag();
        var response = await _client.SubmitAsync("/GlAccounts/Create", Form($"{tag} <b>Cash</b>", subType: ""));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Choose the sub type; Buildium requires it.");
        html.ShouldContain($"value=\"{tag} &lt;b&gt;Cash&lt;/b&gt;\"");
        await using var db = database.CreateContext();
        (await db.GlAccounts.AnyAsync(g => g.Name.Contains(tag))).ShouldBeFalse();
    }

    [Fact]
    public async Task Creating_and_editing_store_the_account_derive_its_type_and_queue_it()
    {
        var tag = Tag();
        await using (var db = database.CreateContext())
        {
            // Only one new account can wait for its Buildium id (the column is NOT NULL and unique): start from none.
            await db.GlAccounts.Where(g => g.BuildiumGlAccountId == 0).ExecuteDeleteAsync();
        }

        var created = await _client.SubmitAsync("/GlAccounts/Create", Form(tag, subType: "FixedAsset"));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
        Guid id;
        await using (var db = database.CreateContext())
        {
            var account = await db.GlAccounts.SingleAsync(g => g.Name == tag);
            id = account.Id;
            account.Type.ShouldBe(GlAccountTypes.Asset);
            account.SubType.ShouldBe("FixedAsset");
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.GlAccount && s.EntityId == id)).SyncStatus.ShouldBe(SyncStates.Pending);
        }

        var edited = await _client.SubmitAsync($"/GlAccounts/Edit/{id}", Form(tag + " renamed", subType: "CurrentAsset"));
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect, await edited.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var account = await db.GlAccounts.SingleAsync(g => g.Id == id);
            account.Name.ShouldBe(tag + " renamed");
            account.SubType.ShouldBe("CurrentAsset");
            await db.GlAccounts.Where(g => g.Id == id).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task Details_show_sub_accounts_and_bank_accounts_and_encode_stored_markup()
    {
        var tag = Tag();
        var parentBuildiumId = Next();
        Guid id;
        await using (var db = database.CreateContext())
        {
            var parent = new GlAccount { Name = $"{tag} Cash", Description = "<script>alert('gl')</script>", Type = GlAccountTypes.Asset, BuildiumGlAccountId = parentBuildiumId, IsActive = true };
            var child = new GlAccount { Name = $"{tag} Petty cash", Type = GlAccountTypes.Asset, BuildiumGlAccountId = Next(), BuildiumParentGlAccountId = parentBuildiumId };
            var bank = new BankAccount { Name = $"{tag} Operating bank", GlAccount = parent, BuildiumBankId = Next() };
            db.AddRange(parent, child, bank);
            await db.SaveChangesAsync();
            id = parent.Id;
        }

        var html = await _client.GetStringAsync(new Uri($"/GlAccounts/Details/{id}", UriKind.Relative));

        html.ShouldContain($"{tag} Petty cash");
        html.ShouldContain($"{tag} Operating bank");
        html.ShouldContain("&lt;script&gt;alert(&#x27;gl&#x27;)&lt;/script&gt;");
        html.ShouldNotContain("<script>alert('gl')");
    }

    [Fact]
    public async Task Details_of_an_unknown_gl_account_is_a_404_page()
    {
        var response = await _client.GetAsync(new Uri($"/GlAccounts/Details/{Guid.NewGuid()}", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Tag() => "G" + Guid.NewGuid().ToString("N")[..8];

    private static int Next() => Random.Shared.Next(1_000_000, int.MaxValue);

    private static Dictionary<string, string> Form(string name, string subType) => new()
    {
        ["Input.Name"] = name,
        ["Input.AccountNumber"] = "1500",
        ["Input.SubType"] = subType,
        ["Input.CashFlowClassification"] = "OperatingActivities",
    };
}
