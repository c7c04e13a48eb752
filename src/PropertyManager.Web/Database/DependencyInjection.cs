using Microsoft.AspNetCore.DataProtection;
using PropertyManager.Data;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Schema;
using PropertyManager.Data.Security;
using PropertyManager.Data.Sensitive;
using PropertyManager.Web.Accounts;

namespace PropertyManager.Web.Database;

public static class DependencyInjection
{
    /// <summary>The DbContexts (documented schema; accounts in schema <c>identity</c>), and the startup step that finds, migrates or checks the database.</summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DatabaseEndpoint>();
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IDataAccessScope, HttpDataAccessScope>();
        // The app's own access rules (query filters and write guard), independent of the database session.
        builder.Services.AddScoped<HttpPortfolioAccess>();
        builder.Services.AddScoped<IPortfolioAccessSource>(sp => sp.GetRequiredService<HttpPortfolioAccess>());
        // One key ring for cookies, tokens and the encrypted columns, so every instance and the CLI verbs read the same
        // keys; the columns use a purpose of their own. Kept in the database (schema identity) unless a directory is
        // given, which keeps the keys away from a copy of the database.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("PropertyManager");
        if (builder.Configuration["DataProtection:KeysDirectory"] is { Length: > 0 } keysDirectory)
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keysDirectory));
        }
        else
        {
            dataProtection.PersistKeysToDbContext<AccountsDbContext>();
        }
        builder.Services.AddSingleton<ISensitiveDataProtector, DataProtectionSensitiveDataProtector>();
        builder.Services.AddScoped<SensitiveDataReencryptor>();
        builder.Services.AddDbContext<AppDbContext>((sp, options) =>
        {
            // EF's model (and so the converter) is process-wide: the first context created sets its protector (see SensitiveData).
            SensitiveData.TryConfigure(sp.GetRequiredService<ISensitiveDataProtector>());
            AppDbContextOptions.Configure(
                options,
                sp.GetRequiredService<DatabaseEndpoint>().ConnectionString,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<IDataAccessScope>(),
                sp.GetRequiredService<IPortfolioAccessSource>());
        });
        builder.Services.AddDbContext<AccountsDbContext>((sp, options) =>
            AccountsDbContextOptions.Configure(options, sp.GetRequiredService<DatabaseEndpoint>().ConnectionString));
        // The migrator works as the owner role (ConnectionStrings:Migrations), with contexts of its own.
        builder.Services.AddScoped(sp => SchemaMigrator.ForConnection(sp.GetRequiredService<DatabaseEndpoint>().MigrationsConnectionString));
        return builder;
    }
}
