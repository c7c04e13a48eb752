using System.CommandLine;

namespace PropertyManager.Web.Cli;

/// <summary>
/// The verbs of the app's entry point. Without a verb the entry point runs the web app, so anything that is not a
/// verb (e.g. <c>--urls</c>) is left to ASP.NET Core.
/// </summary>
public static class CommandLineApp
{
    private static readonly string[] _helpFlags = ["--help", "-h", "-?", "help"];

    private static RootCommand CreateRoot() => new(
        "PropertyManager. Without a verb it runs the web app (ASP.NET Core options such as --urls apply). Verbs:")
    {
        MigrateCommand.Create(),
        SyncCommand.Create(),
        ReconcileCommand.Create(),
        WebhooksCommand.Create(),
        UsersCommand.Create(),
    };

    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (_helpFlags.Contains(args[0]) || CreateRoot().Subcommands.Any(c => c.Name == args[0]));

    public static Task<int> RunAsync(string[] args) =>
        CreateRoot().Parse(args is ["help", .. var rest] ? ["--help", .. rest] : args).InvokeAsync();
}
