using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// On a zero-configuration run (the built-in emulator, no Buildium credentials) with no user at all, creates an
/// administrator with a generated password and prints its credentials once. Any later start finds a user and says nothing.
/// </summary>
public sealed class DemoAdmin(AccountsDbContext db, UserAccounts accounts, IOptions<AccountsOptions> options, ILogger<DemoAdmin> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.CreateDemoAdmin || await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var email = options.Value.DemoAdminEmail;
        var result = await accounts.AddAsync(email, Roles.Admin, password: null, cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogError("Could not create the demo administrator {Email}: {Errors}", email, string.Join(" ", result.Errors.Select(e => e.Message)));
            return;
        }

        // The password is not in the log: logs are kept and shipped, the console of a demo run is not.
        logger.LogWarning("Created the demo administrator {Email}; its password is printed once on the console. Change it or add your own users (users add).", email);
        Console.WriteLine();
        Console.WriteLine("  Demo administrator (shown once, write it down):");
        Console.WriteLine($"    e-mail:   {email}");
        Console.WriteLine($"    password: {result.GeneratedPassword}");
        Console.WriteLine();
    }
}
