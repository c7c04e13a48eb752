using System.CommandLine;
using System.Globalization;
using System.Text;
using PropertyManager.Data.Accounts;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Database;

namespace PropertyManager.Web.Cli;

/// <summary>
/// <c>users add|list|set-role|disable|enable|grant|reset-password</c>: manage accounts from the command line, e.g. the first administrator
/// of a real installation. Exit codes: 0 done, 1 database problem, 2 bad input (unknown role or user, duplicate e-mail,
/// weak password, the last administrator).
/// </summary>
public static class UsersCommand
{
    private const int BadInput = 2;

    public static Command Create()
    {
        var add = new Command("add", "Add a user. Without --password: asked for on a terminal (hidden), otherwise generated and printed once.");
        var addEmail = EmailOption();
        var addRole = RoleOption();
        var password = new Option<string?>("--password") { Description = "The password (at least 12 characters with upper- and lower-case letters, a digit and a symbol)." };
        add.Options.Add(addEmail);
        add.Options.Add(addRole);
        add.Options.Add(password);
        add.SetAction((parse, ct) => RunAsync("users add", (accounts, c) => AddAsync(accounts, parse.GetValue(addEmail)!, parse.GetValue(addRole)!, parse.GetValue(password), c), ct));

        var list = new Command("list", "List the users with their role and status.");
        list.SetAction((_, ct) => RunAsync("users list", ListAsync, ct));

        var setRole = new Command("set-role", "Give a user another role (each user has exactly one).");
        var setEmail = EmailOption();
        var setRoleRole = RoleOption();
        setRole.Options.Add(setEmail);
        setRole.Options.Add(setRoleRole);
        setRole.SetAction((parse, ct) => RunAsync("users set-role", (accounts, c) => WithUserAsync(accounts, parse.GetValue(setEmail)!,
            user => accounts.SetRoleAsync(user, parse.GetValue(setRoleRole)!, c), user => $"{user.Email} is now {Roles.Find(parse.GetValue(setRoleRole))}."), ct));

        var disable = new Command("disable", "Disable a user: they cannot sign in, and their open sessions end.");
        var disableEmail = EmailOption();
        disable.Options.Add(disableEmail);
        disable.SetAction((parse, ct) => RunAsync("users disable", (accounts, c) => WithUserAsync(accounts, parse.GetValue(disableEmail)!,
            user => accounts.DisableAsync(user, c), user => $"{user.Email} is disabled."), ct));

        var enable = new Command("enable", "Enable a disabled or locked-out user again.");
        var enableEmail = EmailOption();
        enable.Options.Add(enableEmail);
        enable.SetAction((parse, ct) => RunAsync("users enable", (accounts, _) => WithUserAsync(accounts, parse.GetValue(enableEmail)!,
            accounts.EnableAsync, user => $"{user.Email} can sign in again."), ct));

        var grant = new Command("grant", "Let a manager or viewer see and change a property (repeat --property-id), or every property (--all).");
        var grantEmail = EmailOption();
        var propertyIds = new Option<Guid[]>("--property-id") { Description = "A property's id (as in its page's address).", AllowMultipleArgumentsPerToken = true };
        var all = new Option<bool>("--all") { Description = "Every property, also those added later." };
        grant.Options.Add(grantEmail);
        grant.Options.Add(propertyIds);
        grant.Options.Add(all);
        grant.SetAction((parse, ct) => RunAsync("users grant", (accounts, services, c) =>
            GrantAsync(accounts, services.GetRequiredService<PropertyAssignments>(), parse.GetValue(grantEmail)!, parse.GetValue(propertyIds) ?? [], parse.GetValue(all), c), ct));

        var reset = new Command("reset-password", "Set a user's password. Without --password: asked for on a terminal (hidden), otherwise generated and printed once. Their open sessions end.");
        var resetEmail = EmailOption();
        var resetPassword = new Option<string?>("--password") { Description = password.Description };
        reset.Options.Add(resetEmail);
        reset.Options.Add(resetPassword);
        reset.SetAction((parse, ct) => RunAsync("users reset-password", (accounts, c) => ResetPasswordAsync(accounts, parse.GetValue(resetEmail)!, parse.GetValue(resetPassword), c), ct));

        return new Command("users", "User accounts: add, list, set-role, disable, enable, grant, reset-password.") { add, list, setRole, disable, enable, grant, reset };
    }

    private static Option<string> EmailOption() => new("--email") { Description = "The user's e-mail address (any casing).", Required = true };

    private static Option<string> RoleOption() => new("--role") { Description = $"One of {string.Join(", ", Roles.All)}.", Required = true };

    private static Task<int> RunAsync(string verb, Func<UserAccounts, CancellationToken, Task<int>> action, CancellationToken cancellationToken) =>
        RunAsync(verb, (accounts, _, c) => action(accounts, c), cancellationToken);

    private static async Task<int> RunAsync(string verb, Func<UserAccounts, IServiceProvider, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        using var host = CommandHost.Build();
        var startup = host.Services.GetRequiredService<DatabaseStartup>();
        try
        {
            await startup.PrepareAsync(cancellationToken);
            await using var scope = host.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider.GetRequiredService<UserAccounts>(), scope.ServiceProvider, cancellationToken);
        }
        catch (Exception ex) when (DatabaseProblem.Describe(ex, null) is { } problem)
        {
            await Console.Error.WriteLineAsync($"{verb} failed: {problem}");
            return 1;
        }
        finally
        {
            await startup.DisposeAsync();
        }
    }

    private static async Task<int> AddAsync(UserAccounts accounts, string email, string role, string? password, CancellationToken cancellationToken)
    {
        if (Roles.Find(role) is null)
        {
            return await FailAsync("users add", $"unknown role '{role}': use {string.Join(", ", Roles.All)}.");
        }

        if (password is null && !Console.IsInputRedirected && !Console.IsOutputRedirected)
        {
            password = PromptForPassword();
            if (password is null)
            {
                return await FailAsync("users add", "the two passwords differ; nothing was changed.");
            }
        }

        var result = await accounts.AddAsync(email, role, string.IsNullOrEmpty(password) ? null : password, cancellationToken);
        if (!result.Succeeded)
        {
            return await FailAsync("users add", result);
        }

        Console.WriteLine($"Added {email.Trim()} as {Roles.Find(role)}.");
        if (result.GeneratedPassword is { } generated)
        {
            Console.WriteLine($"Password (shown once): {generated}");
        }

        return 0;
    }

    private static async Task<int> ResetPasswordAsync(UserAccounts accounts, string email, string? password, CancellationToken cancellationToken)
    {
        if (await accounts.FindByEmailAsync(email) is not { } user)
        {
            return await FailAsync("users reset-password", $"no user with the e-mail address {email.Trim()}.");
        }

        if (password is null && !Console.IsInputRedirected && !Console.IsOutputRedirected)
        {
            password = PromptForPassword();
            if (password is null)
            {
                return await FailAsync("users reset-password", "the two passwords differ; nothing was changed.");
            }
        }

        var result = await accounts.ResetPasswordAsync(user, string.IsNullOrEmpty(password) ? null : password, cancellationToken);
        if (!result.Succeeded)
        {
            return await FailAsync("users reset-password", result);
        }

        Console.WriteLine($"The password of {user.Email} is changed; their open sessions are signed out.");
        if (result.GeneratedPassword is { } generated)
        {
            Console.WriteLine($"Password (shown once): {generated}");
        }

        return 0;
    }

    private static async Task<int> ListAsync(UserAccounts accounts, CancellationToken cancellationToken)
    {
        var rows = await accounts.ListAsync(cancellationToken);
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{"email",-40} {"role",-8} {"status",-10} added (UTC)"));
        foreach (var row in rows)
        {
            var status = row.Status == UserStatus.LockedOut ? string.Create(c, $"locked until {row.LockedUntil?.UtcDateTime:yyyy-MM-dd HH:mm}") : row.Status.ToString().ToLowerInvariant();
            Console.WriteLine(string.Create(c, $"{row.Email,-40} {row.Role ?? "-",-8} {status,-10} {row.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm}"));
        }

        Console.WriteLine(string.Create(c, $"{rows.Count} user(s)."));
        return 0;
    }

    private static async Task<int> GrantAsync(
        UserAccounts accounts, PropertyAssignments assignments, string email, Guid[] propertyIds, bool all, CancellationToken cancellationToken)
    {
        if (propertyIds.Length == 0 && !all)
        {
            return await FailAsync("users grant", "name at least one --property-id, or --all.");
        }

        if (await accounts.FindByEmailAsync(email) is not { } user)
        {
            return await FailAsync("users grant", $"no user with the e-mail address {email.Trim()}.");
        }

        var found = await assignments.GrantAsync(user.Id, all, propertyIds, cancellationToken);
        if (found < propertyIds.Distinct().Count())
        {
            return await FailAsync("users grant", $"{propertyIds.Distinct().Count() - found} of the property ids do not exist; the others were granted.");
        }

        Console.WriteLine(all ? $"{user.Email} may see every property." : $"{user.Email} may see {found} more property(ies).");
        return 0;
    }

    private static async Task<int> WithUserAsync(UserAccounts accounts, string email, Func<AppUser, Task<AccountResult>> change, Func<AppUser, string> done)
    {
        if (await accounts.FindByEmailAsync(email) is not { } user)
        {
            return await FailAsync("users", $"no user with the e-mail address {email.Trim()}.");
        }

        var result = await change(user);
        if (!result.Succeeded)
        {
            return await FailAsync("users", result);
        }

        Console.WriteLine(done(user));
        return 0;
    }

    private static Task<int> FailAsync(string verb, AccountResult result) =>
        FailAsync(verb, string.Join(" ", result.Errors.Select(e => e.Message)));

    private static async Task<int> FailAsync(string verb, string message)
    {
        await Console.Error.WriteLineAsync($"{verb} failed: {message}");
        return BadInput;
    }

    /// <summary>Asks twice without echoing; empty means "generate one". Null when the two entries differ.</summary>
    private static string? PromptForPassword()
    {
        var first = ReadHidden("Password (empty to generate one): ");
        if (first.Length == 0)
        {
            return "";
        }

        return ReadHidden("Repeat the password: ") == first ? first : null;
    }

    private static string ReadHidden(string prompt)
    {
        Console.Write(prompt);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.WriteLine();
                return text.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
