using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PropertyManager.Data;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Tests.Infrastructure;

/// <summary>How many migrations the app ships (documented schema and accounts), so tests follow as migrations are added.</summary>
public static class KnownMigrations
{
    public static int Count
    {
        get
        {
            using var db = new AppDbContext(AppDbContextOptions.Create("Host=unused"));
            using var accounts = new AccountsDbContext(new DbContextOptionsBuilder<AccountsDbContext>().UseNpgsql("Host=unused").Options);
            return db.GetService<IMigrationsAssembly>().Migrations.Count + accounts.GetService<IMigrationsAssembly>().Migrations.Count;
        }
    }
}
