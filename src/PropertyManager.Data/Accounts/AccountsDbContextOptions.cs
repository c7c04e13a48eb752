using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Security;

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
            .UseSnakeCaseNamingConvention()
            // Its own kind of session whoever is signed in: the sign-in code reads users before anyone is, and the
            // accounts are out of reach of the portfolio's connections (and theirs out of reach of this one).
            .AddInterceptors(new DataAccessInterceptor(FixedDataAccessScope.Accounts));
    }

    public static DbContextOptions<AccountsDbContext> Create(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AccountsDbContext>();
        Configure(builder, connectionString);
        return builder.Options;
    }
}
