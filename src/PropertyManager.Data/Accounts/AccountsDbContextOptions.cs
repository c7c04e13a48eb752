using Microsoft.EntityFrameworkCore;

namespace PropertyManager.Data.Accounts;

/// <summary>How <see cref="AccountsDbContext"/> talks to PostgreSQL; used by DI, design-time tools and tests.</summary>
public static class AccountsDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(typeof(AccountsDbContext).Assembly.GetName().Name)
                .MigrationsHistoryTable("__EFMigrationsHistory", AccountsDbContext.Schema))
            .UseSnakeCaseNamingConvention();
    }

    public static DbContextOptions<AccountsDbContext> Create(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AccountsDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}
