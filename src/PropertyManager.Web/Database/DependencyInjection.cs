using Microsoft.AspNetCore.DataProtection;
using PropertyManager.Data;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Schema;
using PropertyManager.Data.Sensitive;

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
        // One key ring for cookies, tokens and the encrypted columns, kept in the database (schema identity), so every
        // instance and the CLI verbs read the same keys; the columns use a purpose of their own.
        builder.Services.AddDataProtection()
            .SetApplicationName("PropertyManager")
            .PersistKeysToDbContext<AccountsDbContext>();
        builder.Services.AddSingleton<ISensitiveDataProtector, DataProtectionSensitiveDataProtector>();
        builder.Services.AddScoped<SensitiveDataReencryptor>();
        builder.Services.AddDbContext<AppDbContext>((sp, options) =>
        {
            // EF's model (and so the converter) is process-wide: the first context created sets its protector (see SensitiveData).
            SensitiveData.TryConfigure(sp.GetRequiredService<ISensitiveDataProtector>());
            AppDbContextOptions.Configure(options, sp.GetRequiredService<DatabaseEndpoint>().ConnectionString, sp.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddDbContext<AccountsDbContext>((sp, options) =>
            AccountsDbContextOptions.Configure(options, sp.GetRequiredService<DatabaseEndpoint>().ConnectionString));
        builder.Services.AddScoped<SchemaMigrator>();
        return builder;
    }
}
