using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;

namespace PropertyManager.Tests.Security;

/// <summary>
/// Every form fed hostile input in every field at once: oversized strings, wrong types, negative and huge amounts,
/// impossible dates, markup, SQL metacharacters, invalid UTF-8 and control characters; and every list fed hostile
/// filters. Never a 500; a refused post stores nothing; what a text-only form takes is shown encoded.
/// </summary>
public sealed partial class BadInputTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var form in Forms)
        {
            foreach (var payload in Payloads.Keys)
            {
                data.Add(form, payload);
            }
        }

        return data;
    }

    /// <summary>Form pages; {table} is replaced by the id of a row of that table from <see cref="SampleRows"/>.</summary>
    private static readonly string[] Forms =
    [
        "/Properties/Create", "/Properties/Edit/{properties}",
        "/Units/Create", "/Units/Edit/{units}",
        "/Owners/Create", "/Owners/Edit/{owners}",
        "/Leases/Edit/{Lease}",
        "/BankAccounts/Create", "/BankAccounts/Edit/{bank_accounts}",
        "/GlAccounts/Create", "/GlAccounts/Edit/{gl_accounts}",
        "/Vendors/Create", "/Vendors/Edit/{vendors}",
        "/VendorCategories/Create", "/VendorCategories/Edit/{vendor_categories}",
        "/Bills/Create", "/Bills/Edit/{bills}",
        "/Tasks/Create", "/Tasks/Edit/{tasks}",
        "/TaskCategories/Create", "/TaskCategories/Edit/{task_categories}",
        "/WorkOrders/Edit/{work_orders}",
    ];

    private static readonly Dictionary<string, string> Payloads = new()
    {
        ["oversized"] = new string('x', 5000),
        ["wrong type"] = "not-a-number-or-date",
        ["negative"] = "-1000000",
        ["huge"] = "99999999999999999999999999999999",
        ["impossible date"] = "2026-02-30",
        ["markup"] = "<script>alert('x')</script><img src=x onerror=alert(1)>",
        ["sql"] = "'; DROP TABLE properties; --",
        ["invalid utf-8"] = "%FF%FE%C3%28",
        ["control characters"] = "\u0000\u0001\u001b[31m",
    };

    /// <summary>Payloads no field may take: whatever the form, they must come back with messages or a 4xx.</summary>
    private static readonly string[] Refused = ["oversized", "control characters"];

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        // An admin: every form and list is open to them, the sync console's included.
        _client = await _factory.CreateSignedInClientAsync(Roles.Admin);
        await using var db = database.CreateContext();
        if (!await db.Properties.AnyAsync())
        {
            await database.ExecuteSqlAsync(SampleRows.Sql);
        }
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Hostile_input_in_every_field_gets_messages_or_a_4xx_and_stores_nothing(string form, string payload)
    {
        var path = await ResolveAsync(form);
        var html = await _client.GetStringAsync(new Uri(path, UriKind.Relative));
        var fields = FieldNames(html);
        fields.ShouldNotBeEmpty($"{path} has no form fields to try");
        var before = await SnapshotAsync();

        var body = new StringBuilder("__RequestVerificationToken=").Append(Uri.EscapeDataString(Token().Match(html).Groups[1].Value));
        foreach (var field in fields)
        {
            // Invalid UTF-8 must reach the server as raw bytes, so that payload is sent already percent-encoded.
            var value = payload == "invalid utf-8" ? Payloads[payload] : Uri.EscapeDataString(Payloads[payload]);
            body.Append('&').Append(Uri.EscapeDataString(field)).Append('=').Append(value);
        }

        using var content = new StringContent(body.ToString(), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await _client.PostAsync(new Uri(path, UriKind.Relative), content);

        ((int)response.StatusCode).ShouldBeLessThan(500, $"{path} answered {(int)response.StatusCode} to {payload}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            // Text-only forms may take markup, SQL or digits as a name: as text, shown encoded, never run.
            Refused.ShouldNotContain(payload, $"{path} accepted {payload} in every field");
            var shown = await _client.GetStringAsync(response.Headers.Location);
            shown.ShouldNotContain("<script>alert('x')</script>", Case.Sensitive, "stored input is shown encoded, never as markup");
            return;
        }

        var page = await response.Content.ReadAsStringAsync();
        page.ShouldNotContain("<script>alert('x')</script>", Case.Sensitive, "input is echoed encoded, never as markup");
        (await SnapshotAsync()).ShouldBe(before, $"{path} stored something from {payload}");
    }

    [Theory]
    [InlineData("/Properties?q=%00&pageSize=-5&p=99999999999&sort=%3Cscript%3E&desc=maybe")]
    [InlineData("/Units?propertyId=not-a-guid&bedrooms=%3Cb%3E&p=-1")]
    [InlineData("/Leases?ending=-30&from=2026-02-30&to=yesterday")]
    [InlineData("/Bills?due_from=2026-13-45&vendorId=%27%3B%20DROP%20TABLE%20bills%3B--&overdue=perhaps")]
    [InlineData("/Tasks?priority=%3Cscript%3Ealert(1)%3C%2Fscript%3E&from=0000-00-00")]
    [InlineData("/Search?q=%25%27%20OR%201%3D1%20--")]
    [InlineData("/Admin/Sync/ApiLog?minMs=-1&status=9999999999&from=not-a-date")]
    public async Task Hostile_list_filters_get_a_page_or_a_4xx_never_a_500(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        ((int)response.StatusCode).ShouldBeLessThan(500, url);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<script>alert(1)</script>");
    }

    private async Task<string> ResolveAsync(string form)
    {
        if (PlaceHolder().Match(form) is not { Success: true } match)
        {
            return form;
        }

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var first = new NpgsqlCommand($"SELECT id::text FROM \"{match.Groups[1].Value}\" ORDER BY id LIMIT 1", connection);
        return form.Replace(match.Value, (string)(await first.ExecuteScalarAsync())!, StringComparison.Ordinal);
    }

    private Task<string> SnapshotAsync() => DatabaseSnapshot.TakeAsync(database.ConnectionString);

    private static List<string> FieldNames(string html) =>
        [.. FieldName().Matches(html).Select(m => m.Groups[1].Value).Where(n => n != "__RequestVerificationToken").Distinct()];

    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldName();

    [GeneratedRegex("\\{([A-Za-z_]+)\\}")]
    private static partial Regex PlaceHolder();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
