using System.Net;
using System.Text.RegularExpressions;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;

namespace PropertyManager.Tests.Cli;

/// <summary>The <c>users</c> verb, run as the real app process against a migrated database.</summary>
public sealed partial class UsersCommandTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Add_without_a_password_off_a_terminal_generates_one_and_prints_it_once_then_list_shows_the_user()
    {
        var email = $"ops-{Guid.NewGuid():N}@example.test";

        var added = await UsersAsync("add", "--email", email, "--role", "admin");

        added.ExitCode.ShouldBe(0, added.StdErr);
        added.StdOut.ShouldContain($"Added {email} as Admin.");
        var password = GeneratedPassword().Match(added.StdOut).Groups[1].Value;
        password.Length.ShouldBe(20);

        var list = await UsersAsync("list");
        list.ExitCode.ShouldBe(0, list.StdErr);
        Line(list.StdOut, email).ShouldContain("Admin");
        Line(list.StdOut, email).ShouldContain("active");
        list.StdOut.ShouldNotContain(password);
        (await database.ExecuteScalarAsync<string>($"SELECT password_hash FROM identity.users WHERE email = '{email}'")).ShouldNotContain(password);
    }

    [Fact]
    public async Task Set_role_disable_and_enable_change_the_account_and_say_so()
    {
        var email = $"Mixed.Case-{Guid.NewGuid():N}@Example.test";
        (await UsersAsync("add", "--email", email, "--role", "Viewer", "--password", "Str0ng-enough-pass")).ExitCode.ShouldBe(0);

        var promoted = await UsersAsync("set-role", "--email", email.ToLowerInvariant(), "--role", "Manager");
        promoted.ExitCode.ShouldBe(0, promoted.StdErr);
        promoted.StdOut.ShouldContain("is now Manager");

        var disabled = await UsersAsync("disable", "--email", email);
        disabled.ExitCode.ShouldBe(0, disabled.StdErr);
        var list = await UsersAsync("list");
        Line(list.StdOut, email).ShouldContain("Manager");
        Line(list.StdOut, email).ShouldContain("disabled");

        var enabled = await UsersAsync("enable", "--email", email);
        enabled.ExitCode.ShouldBe(0, enabled.StdErr);
        Line((await UsersAsync("list")).StdOut, email).ShouldContain("active");
    }

    [Fact]
    public async Task Reset_password_sets_the_given_or_a_generated_password_and_ends_the_users_sessions()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.test";
        (await UsersAsync("add", "--email", email, "--role", "Manager", "--password", "Str0ng-enough-pass")).ExitCode.ShouldBe(0);
        await using var web = new WebAppFactory(database.ConnectionString);
        using var before = web.CreateBrowser();
        (await WebAppFactory.SignInAsync(before, email, "Str0ng-enough-pass")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var given = await UsersAsync("reset-password", "--email", email.ToUpperInvariant(), "--password", "An0ther-good-pass");

        given.ExitCode.ShouldBe(0, given.StdErr);
        given.StdOut.ShouldContain($"The password of {email} is changed");
        (await before.GetAsync(new Uri("/Properties", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the session from before the reset is over");
        using var browser = web.CreateBrowser();
        (await WebAppFactory.SignInAsync(browser, email, "Str0ng-enough-pass")).StatusCode.ShouldBe(HttpStatusCode.OK, "the old password is refused");
        (await WebAppFactory.SignInAsync(browser, email, "An0ther-good-pass")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var generated = await UsersAsync("reset-password", "--email", email);
        generated.ExitCode.ShouldBe(0, generated.StdErr);
        var password = GeneratedPassword().Match(generated.StdOut).Groups[1].Value;
        using var third = web.CreateBrowser();
        (await WebAppFactory.SignInAsync(third, email, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var weak = await UsersAsync("reset-password", "--email", email, "--password", "short");
        weak.ExitCode.ShouldBe(2);
        weak.StdErr.ShouldContain("Passwords must be at least 12 characters");
        using var fourth = web.CreateBrowser();
        (await WebAppFactory.SignInAsync(fourth, email, password)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "a refused password changes nothing");
        (await UsersAsync("reset-password", "--email", "nobody@example.test")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_clear_message_and_exit_code_2()
    {
        var email = $"dup-{Guid.NewGuid():N}@example.test";
        (await UsersAsync("add", "--email", email, "--role", "Viewer")).ExitCode.ShouldBe(0);

        var unknownRole = await UsersAsync("add", "--email", $"x-{Guid.NewGuid():N}@example.test", "--role", "Owner");
        unknownRole.ExitCode.ShouldBe(2);
        unknownRole.StdErr.ShouldContain("unknown role 'Owner': use Admin, Manager, Viewer");

        var duplicate = await UsersAsync("add", "--email", email.ToUpperInvariant(), "--role", "Viewer");
        duplicate.ExitCode.ShouldBe(2);
        duplicate.StdErr.ShouldContain("already exists");

        var weak = await UsersAsync("add", "--email", $"w-{Guid.NewGuid():N}@example.test", "--role", "Viewer", "--password", "password");
        weak.ExitCode.ShouldBe(2);
        weak.StdErr.ShouldContain("Passwords must be at least 12 characters");
        weak.StdErr.ShouldContain("Passwords must have at least one digit");

        var nobody = await UsersAsync("disable", "--email", "nobody@example.test");
        nobody.ExitCode.ShouldBe(2);
        nobody.StdErr.ShouldContain("no user with the e-mail address nobody@example.test");

        var badRole = await UsersAsync("set-role", "--email", email, "--role", "root");
        badRole.ExitCode.ShouldBe(2);
        badRole.StdErr.ShouldContain("Unknown role 'root'");

        (await UsersAsync("add", "--role", "Viewer")).ExitCode.ShouldNotBe(0, "--email is required");
    }

    private Task<(int ExitCode, string StdOut, string StdErr)> UsersAsync(params string[] args) =>
        AppProcess.RunAsync(new Dictionary<string, string?> { ["ConnectionStrings__Default"] = database.ConnectionString }, ["users", .. args]);

    private static string Line(string output, string email) =>
        output.Split('\n').SingleOrDefault(l => l.StartsWith(email, StringComparison.OrdinalIgnoreCase)) ?? throw new ShouldAssertException($"{email} not in:\n{output}");

    [GeneratedRegex(@"Password \(shown once\): (\S+)")]
    private static partial Regex GeneratedPassword();
}
