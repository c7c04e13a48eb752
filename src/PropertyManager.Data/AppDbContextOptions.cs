using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Common;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Security;

namespace PropertyManager.Data;

/// <summary>The one place that knows how the app talks to PostgreSQL; used by DI, design-time tools and tests.</summary>
public static class AppDbContextOptions
{
    /// <param name="scope">Whose rows the connections may see and change; none means all (the sync, the command line, tests).</param>
    /// <param name="access">What the app lets the user see and change (query filters and write guard); none means everything.</param>
    public static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder builder, string connectionString, TimeProvider? timeProvider = null, IDataAccessScope? scope = null,
        IPortfolioAccessSource? access = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(
                new DataAccessInterceptor(scope ?? FixedDataAccessScope.All),
                new SaveChangesPipeline(
                    new PortfolioWriteGuard(access ?? FixedPortfolioAccessSource.System, timeProvider),
                    new OutboxInterceptor(), new TimestampInterceptor(timeProvider ?? TimeProvider.System), new OwnershipCacheInterceptor()));
    }

    public static DbContextOptions<AppDbContext> Create(
        string connectionString, TimeProvider? timeProvider = null, IDataAccessScope? scope = null, IPortfolioAccessSource? access = null)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        Configure(builder, connectionString, timeProvider, scope, access);
        return builder.Options;
    }
}
