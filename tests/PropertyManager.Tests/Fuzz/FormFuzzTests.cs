using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Security;
using PropertyManager.Tests.Web;
using PropertyManager.Web.Accounts;
using Xunit.Abstractions;

namespace PropertyManager.Tests.Fuzz;

/// <summary>
/// Issue 13's "no 500 on any input": every page and handler of the app (from its endpoint data source, as the
/// authorization matrix finds them) fed <see cref="HostileCorpus"/> values one key at a time: every route value, every
/// list filter and query parameter the page model binds, and every field of every form (as the page renders it, plus
/// what the model binds), posted with a valid anti-forgery token on top of a valid form (a create form on top of an
/// existing record's values, so a forged id reaches the save) as an admin and, for a sample, as a manager of one
/// property, against the least-privilege deployment. No answer may be a 5xx, none echoes markup unencoded, and a
/// refused post changes no row.
/// </summary>
public sealed partial class FormFuzzTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    /// <summary>Values per key a manager's posts get (a sample: the admin's run sends all of them).</summary>
    private const int ManagerSample = 2;

    private WebAppFactory _factory = null!;
    private readonly Dictionary<string, (string Email, Guid Id)> _users = [];
    private readonly List<string> _failures = [];
    private readonly Dictionary<string, int> _statuses = [];
    private string _snapshotSql = "";
    private (long Xid, string Rows) _state;
    private int _fingerprints;

    public async Task InitializeAsync()
    {
        await database.ExecuteSqlAsync(SampleRows.Sql);
        await database.ExecuteSqlAsync(
            "UPDATE properties p SET operating_bank_account_id = b.id FROM bank_accounts b WHERE b.buildium_bank_id = p.buildium_property_id");
        _factory = new WebAppFactory(database.AppConnectionString, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Migrations"] = database.ConnectionString,
            ["Database:AllowRowSecurityBypass"] = "false",
            // Fifteen thousand request lines would bury the one error a 5xx logs.
            ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
        });
        _factory.StartServer();
        foreach (var (name, role) in new[] { ("admin", Roles.Admin), ("manager", Roles.Manager), ("target", Roles.Viewer) })
        {
            var user = await _factory.CreateUserAsync(role, allProperties: false);
            _users[name] = (user.Email!, user.Id);
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            await using var db = database.CreateContext();
            var first = await db.Properties.Where(p => p.BuildiumPropertyId == 1).Select(p => p.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<PropertyAssignments>().GrantAsync(_users["manager"].Id, false, [first], CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<PropertyAssignments>().GrantAsync(_users["target"].Id, false, [first], CancellationToken.None);
        }

        _snapshotSql = await SnapshotSqlAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Every_route_value_filter_and_form_field_fed_hostile_values_never_gets_a_5xx_and_a_refused_post_changes_nothing()
    {
        var watch = Stopwatch.StartNew();
        var cells = AuthorizationMatrix.Enumerate(_factory.Services, _ => ["any"])
            // Signing out would end the run's session; the sign-in form is fuzzed below, anonymously.
            .Where(c => c.Page != "/Account/Logout" && !(c.Page == "/Account/Login" && c.Method == "POST"))
            // User administration last: whatever it accepts must not change the other pages' answers.
            .OrderBy(c => c.Page.StartsWith("/Admin/Users", StringComparison.Ordinal)).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        // To reproduce a failure quickly: PM_FUZZ_PAGES=/Tasks,/Bills fuzzes only the pages under those paths.
        var only = Environment.GetEnvironmentVariable("PM_FUZZ_PAGES")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var fuzzed = only.Length == 0 ? cells : [.. cells.Where(c => only.Any(o => c.Page.StartsWith(o, StringComparison.Ordinal)))];

        using var admin = await SignInAsync("admin");
        var records = await RecordsAsync(admin, cells);
        var requests = 0;

        // The manager first (a sample), then the admin (everything): the admin's user pages may change the manager's account.
        using (var manager = await SignInAsync("manager"))
        {
            requests += await FuzzAsync(manager, "manager", fuzzed, cells, records, ManagerSample);
        }

        output.WriteLine($"manager: {requests} requests in {watch.Elapsed.TotalSeconds:0}s");
        requests += await FuzzAsync(admin, "admin", fuzzed, cells, records, int.MaxValue);
        output.WriteLine($"admin: {requests} requests in {watch.Elapsed.TotalSeconds:0}s");

        // The sign-in form, as a stranger would post it.
        using (var anonymous = _factory.CreateBrowser())
        {
            var login = cells.Single(c => c.Page == "/Account/Login" && c.Method == "GET") with { Method = "POST" };
            requests += await FuzzPostAsync(anonymous, "anonymous", login, "/Account/Login", new Dictionary<string, string>(), int.MaxValue);
        }

        output.WriteLine($"{requests} requests ({_fingerprints} fingerprints) in {watch.Elapsed.TotalSeconds:0}s; answers: "
            + string.Join(", ", _statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} x{s.Value}")));
        foreach (var failure in _failures.Take(200))
        {
            output.WriteLine(failure);
        }

        // The run stayed signed in: otherwise the pages after a sign-out were never reached.
        (await admin.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK, "the admin is still signed in at the end");
        _failures.ShouldBeEmpty($"{_failures.Count} failures, the first:\n" + string.Join('\n', _failures.Take(40)));
    }

    private async Task<int> FuzzAsync(
        HttpClient client, string who, IReadOnlyList<AuthorizationMatrix.Cell> fuzzed, IReadOnlyList<AuthorizationMatrix.Cell> cells, Dictionary<string, string> records, int sample)
    {
        var requests = 0;
        foreach (var cell in fuzzed)
        {
            var url = Resolve(cell.Page, cell.Route, records);
            if (cell.Method == "GET")
            {
                requests += await FuzzGetAsync(client, who, cell, url, records);
            }
            else
            {
                requests += await FuzzPostAsync(client, who, cell, url, await BaseValuesAsync(client, cell, cells, records), sample);
            }
        }

        return requests;
    }

    /// <summary>Each route value and each bound query key in turn, the others left as they are; GETs change nothing, so a few at once.</summary>
    private async Task<int> FuzzGetAsync(HttpClient client, string who, AuthorizationMatrix.Cell cell, string url, Dictionary<string, string> records)
    {
        var handler = cell.Handler.Length > 0 ? "handler=" + cell.Handler : "";
        var requests = new List<(string Url, string Input, HostileCorpus.Value Value)>();
        foreach (Match parameter in RouteParameter().Matches(cell.Route))
        {
            foreach (var value in HostileCorpus.For(cell.Page + parameter.Value, RouteType(parameter.Value)).Where(v => v.Repeat == 1))
            {
                var target = cell.Route.Replace(parameter.Value, value.Encoded.Length == 0 ? "%20" : value.Encoded, StringComparison.Ordinal);
                target = RouteParameter().Replace(target, m => records.GetValueOrDefault(cell.Page, "0"));
                requests.Add((Join(target, handler), $"route {parameter.Value} = {value.Name}", value));
            }
        }

        foreach (var field in BoundFields.For(cell.Page, "GET", cell.Handler, cell.Route))
        {
            requests.AddRange(HostileCorpus.For(cell.Page + "?" + field.Name, field.Type).Select(value => (Join(url, handler, value.Pairs(field.Name)), $"?{field.Name} = {value.Name}", value)));
        }

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, token) =>
        {
            using var response = await client.GetAsync(new Uri(request.Url, UriKind.Relative), token);
            await RecordAsync(response, who, cell, request.Input, request.Value);
        });
        return requests.Count;
    }

    /// <summary>The base form, each key (rendered or bound) replaced in turn by each hostile value for its type.</summary>
    private async Task<int> FuzzPostAsync(
        HttpClient client, string who, AuthorizationMatrix.Cell cell, string url, IReadOnlyDictionary<string, string> valid, int sample)
    {
        using var page = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        if (who != "admin" && page.StatusCode != HttpStatusCode.OK)
        {
            // Not this role's page (or a POST-only one): the admin's run covers it.
            return 0;
        }

        var token = TokenInput().Match(html) is { Success: true } t ? WebUtility.HtmlDecode(t.Groups[1].Value)
            : Forms.Token(await client.GetStringAsync(new Uri(who == "anonymous" ? "/Account/Login" : "/", UriKind.Relative)));
        var fields = page.StatusCode == HttpStatusCode.OK ? AuthorizationMatrix.FormFields(html) : [];
        foreach (var (key, value) in valid.Where(v => fields.ContainsKey(v.Key) && v.Value.Length > 0))
        {
            fields[key] = value;
        }

        var bound = BoundFields.For(cell.Page, "POST", cell.Handler, cell.Route);
        // Rendered fields the model does not bind are fuzzed as text.
        var keys = bound.Select(b => (b.Name, Type: (Type?)b.Type))
            .Concat(fields.Keys.Where(k => bound.All(b => b.Name != k)).Select(k => (Name: k, Type: (Type?)null))).ToList();
        var action = cell.Handler.Length > 0 ? Join(url, "handler=" + cell.Handler) : url;
        var requests = 0;
        _state = await StateAsync(_state);
        foreach (var (key, type) in keys)
        {
            var values = HostileCorpus.For(cell.Page + "#" + key, type).ToList();
            foreach (var value in sample >= values.Count ? values : Rotate(values, key).Take(sample))
            {
                var body = new StringBuilder("__RequestVerificationToken=").Append(Uri.EscapeDataString(token));
                foreach (var (name, current) in fields.Where(f => f.Key != key))
                {
                    body.Append('&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(current));
                }

                body.Append('&').Append(value.Pairs(key));
                using var content = new StringContent(body.ToString(), Encoding.ASCII, "application/x-www-form-urlencoded");
                requests++;
                using var response = await client.PostAsync(new Uri(action, UriKind.Relative), content);
                var refused = await RecordAsync(response, who, cell, $"{key} = {value.Name}", value);
                if (value.Name == "script" && response.Headers.Location is { } saved)
                {
                    // Stored markup is shown encoded on the page the save leads to, never run.
                    using var shown = await client.GetAsync(saved);
                    await RecordAsync(shown, who, cell, $"{key} = {value.Name}, then {saved}", value);
                }

                var before = _state;
                _state = await StateAsync(before);
                if (refused && _state.Rows != before.Rows)
                {
                    _failures.Add($"{Where(who, cell)} with {key} = {value.Name} was refused but changed rows");
                }
            }
        }

        return requests;
    }

    /// <summary>
    /// Values that make a form valid before one key is spoiled: a create form takes an existing record's values from
    /// its sibling edit page, so the spoiled key is what decides, and a forged id reaches the save.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> BaseValuesAsync(
        HttpClient client, AuthorizationMatrix.Cell cell, IReadOnlyList<AuthorizationMatrix.Cell> cells, Dictionary<string, string> records)
    {
        if (!cell.Page.EndsWith("/Create", StringComparison.Ordinal)
            || cells.FirstOrDefault(c => c.Page == cell.Page[..^"Create".Length] + "Edit" && c.Method == "GET") is not { } edit
            || !records.ContainsKey(edit.Page))
        {
            return new Dictionary<string, string>();
        }

        using var response = await client.GetAsync(new Uri(Resolve(edit.Page, edit.Route, records), UriKind.Relative));
        return response.StatusCode == HttpStatusCode.OK ? AuthorizationMatrix.FormFields(await response.Content.ReadAsStringAsync()) : new Dictionary<string, string>();
    }

    /// <summary>Counts the answer and fails a 5xx or unencoded markup; returns whether the request was refused (4xx or field messages).</summary>
    private async Task<bool> RecordAsync(HttpResponseMessage response, string who, AuthorizationMatrix.Cell cell, string input, HostileCorpus.Value value)
    {
        var status = (int)response.StatusCode;
        var body = status == 200 ? await response.Content.ReadAsStringAsync() : "";
        lock (_failures)
        {
            var key = $"{status / 100}xx";
            _statuses[key] = _statuses.GetValueOrDefault(key) + 1;
            if (status >= 500)
            {
                _failures.Add($"{Where(who, cell)} with {input} answered {status}");
            }

            if (value.Name == "script" && body.Contains(HostileCorpus.Script, StringComparison.Ordinal))
            {
                _failures.Add($"{Where(who, cell)} with {input} echoed the markup unencoded");
            }
        }

        return status is >= 400 and < 500 || (status == 200 && ValidationError().IsMatch(body));
    }

    private static string Where(string who, AuthorizationMatrix.Cell cell) =>
        $"{who}: {cell.Method} {cell.Route}{(cell.Handler.Length > 0 ? "?handler=" + cell.Handler : "")}";

    /// <summary>Route values are ids: a Guid unless the constraint says int (the status page's code).</summary>
    private static Type RouteType(string parameter) => parameter.Contains(":int", StringComparison.Ordinal) ? typeof(int) : typeof(Guid);

    /// <summary>A sample that differs per key, so between the keys every value is sent.</summary>
    private static IEnumerable<HostileCorpus.Value> Rotate(List<HostileCorpus.Value> values, string key)
    {
        var start = (int)((uint)key.Aggregate(17, (h, c) => unchecked((h * 31) + c)) % (uint)values.Count);
        return values.Skip(start).Concat(values.Take(start));
    }

    private async Task<HttpClient> SignInAsync(string who)
    {
        var client = _factory.CreateBrowser();
        (await WebAppFactory.SignInAsync(client, _users[who].Email, WebAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, who);
        return client;
    }

    /// <summary>
    /// A record for every page with a route value, found as a user finds it: the links of the pages without one, then
    /// of the pages those lead to. The fuzzing users' own accounts are left out (the run must not edit itself).
    /// </summary>
    private async Task<Dictionary<string, string>> RecordsAsync(HttpClient client, IReadOnlyList<AuthorizationMatrix.Cell> cells)
    {
        var routes = cells.Where(c => c.Route.Contains('{', StringComparison.Ordinal)).Select(c => (c.Page, c.Route)).Distinct().ToList();
        var own = new HashSet<string>(_users.Where(u => u.Key != "target").Select(u => u.Value.Id.ToString()), StringComparer.OrdinalIgnoreCase);
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        var visit = cells.Where(c => c.Method == "GET" && c.Handler.Length == 0 && !c.Route.Contains('{', StringComparison.Ordinal)).Select(c => c.Route).Distinct().ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < 3 && visit.Count > 0; round++)
        {
            var html = new StringBuilder();
            foreach (var url in visit.Where(seen.Add))
            {
                // Some pages answer only with a status (the error page, a POST-only page): their links are none.
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                html.Append(await response.Content.ReadAsStringAsync());
            }

            foreach (var (page, route) in routes.Where(r => !records.ContainsKey(r.Page)))
            {
                var pattern = "href=\"" + string.Join("([^\"?#/]+)", RouteParameter().Split(route).Select(Regex.Escape)) + "[\"?#]";
                if (Regex.Matches(html.ToString(), pattern).Select(m => m.Groups[1].Value).FirstOrDefault(id => !own.Contains(id)) is { } id)
                {
                    records[page] = id;
                }
            }

            visit = [.. records.Select(r => Resolve(r.Key, routes.First(x => x.Page == r.Key).Route, records))];
        }

        // Every page with a route value gets a record (a missing one would only ever be fuzzed as a 404), but a status page has no links.
        var missing = routes.Where(r => !records.ContainsKey(r.Page) && r.Page != "/Status/Index").Select(r => r.Page).ToList();
        missing.ShouldBeEmpty("pages whose record no link leads to");
        records["/Status/Index"] = "404";
        return records;
    }

    private static string Resolve(string page, string route, Dictionary<string, string> records) =>
        RouteParameter().Replace(route, _ => records.GetValueOrDefault(page, "0"));

    private static string Join(string url, params string[] query)
    {
        var parts = query.Where(q => q.Length > 0).ToList();
        return parts.Count == 0 ? url : url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + string.Join('&', parts);
    }

    /// <summary>
    /// The database's state: the next transaction id and a fingerprint of every row. A request that wrote nothing
    /// assigned no transaction id, so the fingerprint (every table hashed) is only taken again when one was.
    /// </summary>
    private async Task<(long Xid, string Rows)> StateAsync((long Xid, string Rows) known)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var next = new NpgsqlCommand("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint", connection);
        var xid = (long)(await next.ExecuteScalarAsync())!;
        if (xid == known.Xid)
        {
            return known;
        }

        _fingerprints++;
        await using var rows = new NpgsqlCommand(_snapshotSql, connection);
        return (xid, (string)(await rows.ExecuteScalarAsync())!);
    }

    /// <summary>One statement that fingerprints every public table but the logs (row count and a hash of the rows).</summary>
    private async Task<string> SnapshotSqlAsync()
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var list = new NpgsqlCommand(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%' AND tablename NOT IN ('buildium_api_log', 'buildium_webhook_events') ORDER BY 1",
            connection);
        var tables = new List<string>();
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return "SELECT " + string.Join(" || ' ' || ", tables.Select(t =>
            $"(SELECT '{t}=' || count(*) || ':' || md5(coalesce(string_agg(x::text, '' ORDER BY x::text), '')) FROM \"{t}\" x)"));
    }

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("field-validation-error|validation-summary-errors")]
    private static partial Regex ValidationError();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)" """)]
    private static partial Regex TokenInput();
}
