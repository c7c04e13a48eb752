using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;

namespace PropertyManager.Tests.Security;

/// <summary>
/// Every form fed hostile input in every field at once: oversized strings, wrong types, negative and huge amounts,
/// impossible dates, markup, SQL metacharacters and invalid UTF-8. Each answer is the form again with messages or a
/// 4xx, never a 500, and nothing is stored.
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

    /// <summary>Form pages; {property} is replaced by a seeded property's id.</summary>
    private static readonly string[] Forms =
    [
        "/Properties/Create",
        "/Properties/Edit/{property}",
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

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync();
        await using var db = database.CreateContext();
        if (!await db.Properties.AnyAsync(p => p.Name == "Bad input target"))
        {
            db.Properties.Add(new Data.Properties.Property { Name = "Bad input target", AddressLine1 = "1 Safe St", PostalCode = "97201", Country = "UnitedStates", RentalSubType = "Office", IsActive = true });
            await db.SaveChangesAsync();
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
        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect, $"{path} accepted {payload} in every field");
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldNotContain("<script>alert('x')</script>", Case.Sensitive, "input is echoed encoded, never as markup");
        (await SnapshotAsync()).ShouldBe(before, $"{path} stored something from {payload}");
    }

    private async Task<string> ResolveAsync(string form)
    {
        await using var db = database.CreateContext();
        var property = await db.Properties.Where(p => p.Name == "Bad input target").Select(p => p.Id).SingleAsync();
        return form.Replace("{property}", property.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Row count and a hash of every table's content: any insert or update shows.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%' AND tablename NOT IN ('buildium_api_log', 'buildium_webhook_events') ORDER BY 1",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new StringBuilder();
        foreach (var table in tables)
        {
            await using var hash = new NpgsqlCommand(
                $"SELECT count(*)::text || ':' || md5(coalesce(string_agg(x::text, '' ORDER BY x::text), '')) FROM \"{table}\" x", connection);
            snapshot.Append(table).Append('=').Append(await hash.ExecuteScalarAsync()).Append(' ');
        }

        return snapshot.ToString();
    }

    private static List<string> FieldNames(string html) =>
        [.. FieldName().Matches(html).Select(m => m.Groups[1].Value).Where(n => n != "__RequestVerificationToken").Distinct()];

    [GeneratedRegex("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldName();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
