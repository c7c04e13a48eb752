using Microsoft.EntityFrameworkCore.Design;

namespace PropertyManager.Data.Accounts;

/// <summary>Lets <c>dotnet ef</c> build the accounts model without starting the web host.</summary>
internal sealed class AccountsDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(AccountsDbContextOptions.Create(
            Environment.GetEnvironmentVariable("ConnectionStrings__Default")
            ?? "Host=localhost;Database=propertymanager_design"));
}
