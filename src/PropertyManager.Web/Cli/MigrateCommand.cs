using System.CommandLine;
using PropertyManager.Data.Schema;
using PropertyManager.Data.Sensitive;
using PropertyManager.Web.Database;

namespace PropertyManager.Web.Cli;

/// <summary><c>migrate [--baseline]</c>: bring the database to this build's schema, or adopt a hand-built one.</summary>
public static class MigrateCommand
{
    public static Command Create()
    {
        var baseline = new Option<bool>("--baseline")
        {
            Description = "The database was built by hand from the schema document: check its tables, record the first migration as applied, then apply the rest.",
        };
        var command = new Command("migrate", "Apply pending migrations to the database in ConnectionStrings__Default (or the local zero-configuration database) and exit.");
        var rewrap = new Option<bool>("--rewrap-sensitive")
        {
            Description = "Re-encrypt every tax id and bank account/routing number under the current default key (after a key rotation or a suspected key leak).",
        };
        command.Options.Add(baseline);
        command.Options.Add(rewrap);
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(baseline), parse.GetValue(rewrap), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(bool baseline, bool rewrap, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build();
        var startup = host.Services.GetRequiredService<DatabaseStartup>();
        var endpoint = host.Services.GetRequiredService<DatabaseEndpoint>();
        try
        {
            await startup.ResolveAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            var migrator = scope.ServiceProvider.GetRequiredService<SchemaMigrator>();
            var applied = await migrator.MigrateAsync(baseline, cancellationToken);
            Console.WriteLine(
                (baseline ? $"Baselined at {SchemaMigrator.BaselineMigrationId}. " : "") +
                (applied.Count == 0 ? "The database schema is up to date." : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}."));
            Console.WriteLine(migrator.AppRoleGranted
                ? $"Group role {PortfolioSecurity.AppRole} holds SELECT, INSERT, UPDATE, DELETE on every table (schemas public and identity); " +
                  $"the app's login role (ConnectionStrings__Default) must be a member: GRANT {PortfolioSecurity.AppRole} TO <login>."
                : $"Group role {PortfolioSecurity.AppRole} does not exist and this role may not create roles (no CREATEROLE): " +
                  $"ask a superuser to run 'CREATE ROLE {PortfolioSecurity.AppRole} NOLOGIN;' and run migrate again to grant it the tables.");
            await startup.TrustSessionKeyAsync(cancellationToken);
            // Rows written before encryption hold plaintext: encrypt them now rather than waiting for each row's next write.
            var encrypted = await scope.ServiceProvider.GetRequiredService<SensitiveDataReencryptor>().ReencryptAsync(rewrap, cancellationToken);
            Console.WriteLine($"Encrypted {encrypted} sensitive value(s).");
            return 0;
        }
        catch (Exception ex) when (DatabaseProblem.Describe(ex, TryGet(endpoint)) is { } problem)
        {
            await Console.Error.WriteLineAsync("migrate failed: " + problem);
            return 1;
        }
        finally
        {
            await startup.DisposeAsync();
        }
    }

    private static string? TryGet(DatabaseEndpoint endpoint)
    {
        try
        {
            return endpoint.ConnectionString;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
