using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PropertyManager.Data;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Schema;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using Xunit.Abstractions;

namespace PropertyManager.Tests.Security;

/// <summary>
/// Issue 13's acceptance: the authorization matrix (<see cref="AuthorizationMatrix"/>) run against three deployments of
/// one seeded database, each on an identical clone: least-privilege roles (Default in group pm_app, Migrations the owner),
/// owner-only Default (the tables' owner, not a superuser), and a superuser Default, which is refused to serve unless
/// acknowledged and then gives the same outcomes. Every outcome must equal the least-privilege run; the table is
/// written to the test output folder as <c>authorization-matrix.md</c>.
/// </summary>
public sealed class AuthorizationMatrixTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string OwnerLogin = "pm_test_owner";
    private PostgresServer _server = null!;
    private string _seed = "";
    private readonly List<string> _databases = [];
    private readonly Dictionary<string, string> _emails = [];
    private readonly Dictionary<string, Guid> _userIds = [];

    public async Task InitializeAsync()
    {
        _server = await PostgresServer.InstanceAsync();
        _seed = await _server.CreateDatabaseAsync();
        _databases.Add(_seed);
        await using (var db = new AppDbContext(AppDbContextOptions.Create(_server.ConnectionString(_seed))))
        {
            await db.Database.ExecuteSqlRawAsync(SampleRows.Sql);
            // Property n pays from bank account n: the bank accounts a manager's properties use are theirs to see.
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE properties p SET operating_bank_account_id = b.id FROM bank_accounts b WHERE b.buildium_bank_id = p.buildium_property_id");
        }

        // Users through the app's own UserManager; assignments: Property 1 for the scoped roles, Property 2 for the other manager.
        await using (var factory = new WebAppFactory(_server.ConnectionString(_seed)))
        {
            factory.StartServer();
            foreach (var (name, role) in new[] { ("viewer", Roles.Viewer), ("accountant", Roles.Accountant), ("other manager", Roles.Manager), ("scoped manager", Roles.Manager), ("admin", Roles.Admin) })
            {
                var user = await factory.CreateUserAsync(role, allProperties: false);
                _emails[name] = user.Email!;
                _userIds[name] = user.Id;
            }
        }

        await ExecuteAsync(_server.ConnectionString(_seed), $"""
            INSERT INTO {PortfolioSecurity.AccessTable} (user_id, property_id)
            SELECT u.id, p.id FROM (VALUES ('{_userIds["viewer"]}', 1), ('{_userIds["accountant"]}', 1), ('{_userIds["scoped manager"]}', 1),
                                           ('{_userIds["other manager"]}', 2)) u(id, n)
            JOIN properties p ON p.buildium_property_id = u.n;
            """);
        NpgsqlConnection.ClearAllPools();
    }

    public async Task DisposeAsync()
    {
        foreach (var name in _databases)
        {
            await _server.DropDatabaseAsync(name);
        }
    }

    [Fact]
    public async Task Every_route_and_handler_gives_each_role_the_same_outcome_in_every_deployment_and_scoped_roles_never_see_another_portfolio()
    {
        var leastPrivilege = await CloneAsync();
        var ownerOnly = await CloneAsync();
        var superuser = await CloneAsync();
        var refused = await CloneAsync();
        await MakeOwnerAsync(ownerOnly);

        var deployments = new (string Name, string Default, Dictionary<string, string?> Settings)[]
        {
            ("least-privilege roles", _server.AppConnectionString(leastPrivilege),
                new() { ["ConnectionStrings:Migrations"] = _server.ConnectionString(leastPrivilege), ["Database:AllowRowSecurityBypass"] = "false" }),
            ("owner-only Default", OwnerConnectionString(ownerOnly), new() { ["Database:AllowRowSecurityBypass"] = "false" }),
            ("superuser Default, acknowledged", _server.ConnectionString(superuser), new() { ["Database:AllowRowSecurityBypass"] = "true" }),
        };

        // A superuser Default without the acknowledgement: the real app (its own process) does not serve, and says how to fix it.
        var (exitCode, stdout, stderr) = await AppProcess.RunAsync(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings__Default"] = _server.ConnectionString(refused),
                ["Database__AllowRowSecurityBypass"] = "false",
                ["Sync__Enabled"] = "false",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
            "--urls", "http://127.0.0.1:0");
        exitCode.ShouldBe(1, stdout + stderr);
        (stdout + stderr).ShouldContain("is a superuser, so row level security would not bind it");
        (stdout + stderr).ShouldContain("Database:AllowRowSecurityBypass=true");

        var lines = new List<string> { "superuser Default without `Database:AllowRowSecurityBypass`: refused to serve (the app process exits 1 with one line saying how to fix it)" };
        IReadOnlyList<AuthorizationMatrix.Cell>? cells = null;
        Dictionary<(string, string), string>? baseline = null;
        foreach (var (name, connectionString, settings) in deployments)
        {
            var (runCells, outcomes) = await RunAsync(connectionString, settings);
            if (baseline is null)
            {
                (cells, baseline) = (runCells, outcomes);
                lines.Add($"{name}: {outcomes.Count} outcomes (the reference)");
                continue;
            }

            var differences = baseline.Where(b => outcomes.GetValueOrDefault(b.Key) != b.Value)
                .Select(b => $"{b.Key.Item1} as {b.Key.Item2}: {b.Value} (least privilege) vs {outcomes.GetValueOrDefault(b.Key)} ({name})")
                .ToList();
            lines.Add($"{name}: {outcomes.Count} outcomes, {differences.Count} different from least privilege");
            differences.ShouldBeEmpty(string.Join('\n', differences.Take(30)));
        }

        var markdown = AuthorizationMatrix.Markdown(cells!, baseline!, lines);
        var path = Path.Combine(AppContext.BaseDirectory, "authorization-matrix.md");
        await File.WriteAllTextAsync(path, markdown);
        output.WriteLine($"Matrix written to {path}");
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        // What the matrix must show, whatever the deployment.
        var leaks = baseline!.Where(o => o.Key.Item2 is "viewer" or "accountant" or "scoped manager" && o.Value.Contains("P2", StringComparison.Ordinal))
            .Concat(baseline!.Where(o => o.Key.Item2 == "other manager" && o.Value.Contains("P1", StringComparison.Ordinal)))
            .Select(o => $"{o.Key.Item1} as {o.Key.Item2}: {o.Value}").ToList();
        leaks.ShouldBeEmpty("a scoped role saw another portfolio:\n" + string.Join('\n', leaks));
        baseline!.Where(o => o.Value.StartsWith('5')).Select(o => $"{o.Key.Item1} as {o.Key.Item2}").ShouldBeEmpty();
        baseline![("GET /Properties/Details/{id:guid} [foreign]", "scoped manager")].ShouldBe("404");
        baseline![("GET /Properties/Details/{id:guid} [own]", "scoped manager")].ShouldStartWith("200");
        baseline![("GET /Units?handler=Csv [-]", "scoped manager")].ShouldBe("200 P1");
        const string Denied = "302 → /Account/AccessDenied?ReturnUrl=…";
        baseline![("GET /BankAccounts/Edit/{id:guid} [own]", "scoped manager")].ShouldBe(Denied);
        baseline![("POST /BankAccounts/Edit/{id:guid} [own]", "scoped manager")].ShouldBe(Denied);
        baseline![("POST /Units/Edit/{id:guid} [foreign]", "scoped manager")].ShouldBe("404");
        baseline![("GET /BankAccounts/Edit/{id:guid} [foreign]", "accountant")].ShouldStartWith("200");
        baseline![("GET /BankAccounts/Details/{id:guid} [foreign]", "scoped manager")].ShouldBe("404");
        baseline![("GET /Admin/Users [-]", "scoped manager")].ShouldBe(Denied);
        baseline![("GET / [-]", "anonymous")].ShouldStartWith("302 → /Account/Login");

        // The writes refused to the scoped manager left the foreign records as they were, in every deployment.
        foreach (var database in new[] { leastPrivilege, ownerOnly, superuser })
        {
            await using var db = new AppDbContext(AppDbContextOptions.Create(_server.ConnectionString(database)));
            (await db.Units.CountAsync(u => u.Property!.BuildiumPropertyId == 2)).ShouldBe(1, database);
            (await db.BankAccounts.Where(b => b.BuildiumBankId == 2).Select(b => b.AccountNumber).SingleAsync()).ShouldBe("000123452", database);
        }
    }

    private async Task<(IReadOnlyList<AuthorizationMatrix.Cell>, Dictionary<(string, string), string>)> RunAsync(
        string connectionString, Dictionary<string, string?> settings)
    {
        await using var factory = new WebAppFactory(connectionString, settings);
        factory.StartServer();
        var records = await RecordsAsync(factory);
        var cells = AuthorizationMatrix.Enumerate(factory.Services, page => records.ContainsKey(page) ? ["own", "foreign"] : ["any"])
            // The sign-in pages have tests of their own; signing a role out here would empty its column.
            .Where(c => !c.Page.StartsWith("/Account/", StringComparison.Ordinal) || c.Method == "GET")
            // User administration last: a disable or role change there must not change the other rows.
            .OrderBy(c => c.Page.StartsWith("/Admin/Users", StringComparison.Ordinal)).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();

        var clients = new Dictionary<string, HttpClient>();
        var tokens = new Dictionary<string, string>();
        foreach (var role in AuthorizationMatrix.RoleOrder)
        {
            var client = factory.CreateBrowser();
            if (role != "anonymous")
            {
                (await WebAppFactory.SignInAsync(client, _emails[role], WebAppFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, role);
            }

            clients[role] = client;
            tokens[role] = Forms.Token(await client.GetStringAsync(new Uri(role == "anonymous" ? "/Account/Login" : "/", UriKind.Relative)));
        }

        // The fields each form is posted with: what the admin's page shows before anyone writes.
        var fields = new Dictionary<string, Dictionary<string, string>>();
        foreach (var cell in cells.Where(c => c.Method == "POST"))
        {
            var url = Url(cell with { Handler = "" }, records);
            if (!fields.ContainsKey(url))
            {
                var page = await clients["admin"].GetAsync(new Uri(url, UriKind.Relative));
                fields[url] = page.StatusCode == HttpStatusCode.OK ? AuthorizationMatrix.FormFields(await page.Content.ReadAsStringAsync()) : [];
            }
        }

        var outcomes = new Dictionary<(string, string), string>();
        foreach (var cell in cells)
        {
            foreach (var role in AuthorizationMatrix.RoleOrder)
            {
                var url = Url(cell, records);
                using var response = cell.Method == "GET"
                    ? await clients[role].GetAsync(new Uri(url, UriKind.Relative))
                    : await PostAsync(clients[role], url, tokens[role], fields[Url(cell with { Handler = "" }, records)]);
                outcomes[(cell.Key, role)] = await AuthorizationMatrix.OutcomeAsync(response);
            }
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        return (cells, outcomes);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static string Url(AuthorizationMatrix.Cell cell, Dictionary<string, (string Own, string Foreign)> records)
    {
        var route = cell.Route;
        if (route.Contains('{', StringComparison.Ordinal))
        {
            var value = records.TryGetValue(cell.Page, out var pair) ? (cell.Record == "foreign" ? pair.Foreign : pair.Own) : "404";
            route = System.Text.RegularExpressions.Regex.Replace(route, "\\{[^}]+\\}", value);
        }

        return cell.Handler.Length > 0 ? $"{route}?handler={cell.Handler}" : route;
    }

    /// <summary>The own (Property 1) and foreign (Property 2) record of each page with a route value.</summary>
    private async Task<Dictionary<string, (string Own, string Foreign)>> RecordsAsync(WebAppFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        async Task<(string, string)> Pair<T>(IQueryable<T> rows, Func<T, string> id, Func<T, int> number)
        {
            var list = await rows.ToListAsync();
            return (id(list.Single(r => number(r) == 1)), id(list.Single(r => number(r) == 2)));
        }

        var property = await Pair(db.Properties.Where(p => p.BuildiumPropertyId <= 2), p => p.Id.ToString(), p => p.BuildiumPropertyId ?? 0);
        var unit = await Pair(db.Units.Where(u => u.BuildiumUnitId <= 2), u => u.Id.ToString(), u => u.BuildiumUnitId ?? 0);
        var lease = await Pair(db.Leases.Where(l => l.BuildiumLeaseId <= 2), l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), l => (int)(l.BuildiumLeaseId ?? 0));
        var bill = await Pair(db.Bills.Where(b => b.BuildiumBillId <= 2), b => b.Id.ToString(), b => b.BuildiumBillId ?? 0);
        var task = await Pair(db.Tasks.Where(t => t.BuildiumTaskId <= 2), t => t.Id.ToString(), t => t.BuildiumTaskId ?? 0);
        var workOrder = await Pair(db.WorkOrders.Where(w => w.BuildiumWorkOrderId <= 2), w => w.Id.ToString(), w => w.BuildiumWorkOrderId ?? 0);
        var owner = await Pair(db.Owners.Where(o => o.BuildiumOwnerId <= 2), o => o.Id.ToString(), o => o.BuildiumOwnerId ?? 0);
        var bank = await Pair(db.BankAccounts.Where(b => b.BuildiumBankId <= 2), b => b.Id.ToString(), b => b.BuildiumBankId);
        var gl = await Pair(db.GlAccounts.Where(g => g.BuildiumGlAccountId <= 2), g => g.Id.ToString(), g => g.BuildiumGlAccountId);
        var vendor = await Pair(db.Vendors.Where(v => v.BuildiumVendorId <= 2), v => v.Id.ToString(), v => v.BuildiumVendorId ?? 0);
        var tenant = await Pair(db.Tenants.Where(t => t.BuildiumTenantId <= 2), t => t.Id.ToString(), t => t.BuildiumTenantId ?? 0);
        var vendorCategory = await Pair(db.VendorCategories.Where(c => c.BuildiumCategoryId <= 2), c => c.Id.ToString(), c => c.BuildiumCategoryId ?? 0);
        var taskCategory = await Pair(db.TaskCategories.Where(c => c.BuildiumCategoryId <= 2), c => c.Id.ToString(), c => c.BuildiumCategoryId ?? 0);
        var run = (await db.SyncRuns.OrderBy(r => r.StartedAt).Select(r => r.Id).FirstAsync()).ToString();
        var log = (await db.ApiLog.OrderBy(r => r.CreatedAt).Select(r => r.Id).FirstAsync()).ToString();
        var webhook = (await db.WebhookEvents.OrderBy(r => r.EventId).Select(r => r.Id).FirstAsync()).ToString();
        return new Dictionary<string, (string, string)>(StringComparer.Ordinal)
        {
            ["/Properties/Details"] = property,
            ["/Properties/Edit"] = property,
            ["/Units/Details"] = unit,
            ["/Units/Edit"] = unit,
            ["/Leases/Details"] = lease,
            ["/Leases/Edit"] = lease,
            ["/Bills/Details"] = bill,
            ["/Bills/Edit"] = bill,
            ["/Tasks/Details"] = task,
            ["/Tasks/Edit"] = task,
            ["/WorkOrders/Details"] = workOrder,
            ["/WorkOrders/Edit"] = workOrder,
            ["/Owners/Details"] = owner,
            ["/Owners/Edit"] = owner,
            ["/BankAccounts/Details"] = bank,
            ["/BankAccounts/Edit"] = bank,
            ["/GlAccounts/Details"] = gl,
            ["/GlAccounts/Edit"] = gl,
            ["/Vendors/Details"] = vendor,
            ["/Vendors/Edit"] = vendor,
            ["/Tenants/Details"] = tenant,
            ["/VendorCategories/Edit"] = vendorCategory,
            ["/TaskCategories/Edit"] = taskCategory,
            ["/Admin/Users/Access"] = (_userIds["scoped manager"].ToString(), _userIds["other manager"].ToString()),
            ["/Admin/Sync/Runs/Details"] = (run, run),
            ["/Admin/Sync/ApiLog/Details"] = (log, log),
            ["/Admin/Sync/Webhooks/Details"] = (webhook, webhook),
            ["/Status/Index"] = ("404", "404"),
        };
    }

    private async Task<string> CloneAsync()
    {
        var name = "pm_test_" + Guid.NewGuid().ToString("N")[..16];
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server.ConnectionString("postgres"), $"CREATE DATABASE {name} TEMPLATE {_seed}");
        _databases.Add(name);
        return name;
    }

    /// <summary>Hands every table of <paramref name="database"/> to a login that is neither superuser nor BYPASSRLS.</summary>
    private async Task MakeOwnerAsync(string database)
    {
        await ExecuteAsync(_server.ConnectionString("postgres"), $$"""
            DO $do$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{{OwnerLogin}}') THEN
                    CREATE ROLE {{OwnerLogin}} LOGIN PASSWORD '{{OwnerLogin}}' NOSUPERUSER NOBYPASSRLS;
                END IF;
            END $do$;
            """);
        await ExecuteAsync(_server.ConnectionString(database), $$"""
            GRANT CREATE, USAGE ON SCHEMA public, identity TO {{OwnerLogin}};
            DO $do$
            DECLARE t text;
            BEGIN
                FOR t IN SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname IN ('public', 'identity', 'pm_private') LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO {{OwnerLogin}}', t);
                END LOOP;
                -- As if this role had run 'migrate': the session key and the functions that read it are its own too.
                ALTER SCHEMA pm_private OWNER TO {{OwnerLogin}};
                FOR t IN SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'pm_private' LOOP
                    EXECUTE format('ALTER FUNCTION %s OWNER TO {{OwnerLogin}}', t);
                END LOOP;
            END $do$;
            """);
    }

    private string OwnerConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_server.ConnectionString(database)) { Username = OwnerLogin, Password = OwnerLogin }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
