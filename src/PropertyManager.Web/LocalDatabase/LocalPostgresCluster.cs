using System.Diagnostics;
using System.Security.Cryptography;
using Npgsql;
using PropertyManager.Web.Hosting;

namespace PropertyManager.Web.LocalDatabase;

/// <summary>
/// A PostgreSQL server started from the locally installed binaries: the zero-configuration database of
/// <c>dotnet run</c> (kept in a data directory across runs) and the throwaway cluster of the test suite.
/// PostgreSQL refuses to run as root, so when this process is root the server runs as the <c>postgres</c> OS user.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    public const string SuperUser = "propertymanager";
    private const string ThrowawayPrefix = "pm-postgres-";
    private const int StopWaitSeconds = 3;

    private static readonly string _noBinariesMessage =
        "No PostgreSQL connection string is configured and no PostgreSQL server binaries (initdb, pg_ctl) were found. " +
        "Either install PostgreSQL (e.g. 'apt-get install postgresql'), run 'docker compose up', " +
        "or set ConnectionStrings__Default to an existing database.";

    private readonly string _binDirectory;
    private readonly bool _deleteOnDispose;
    private readonly bool _stopOnDispose;

    private LocalPostgresCluster(string binDirectory, string rootDirectory, int port, string password, bool stopOnDispose, bool deleteOnDispose)
    {
        _binDirectory = binDirectory;
        RootDirectory = rootDirectory;
        Port = port;
        Password = password;
        _stopOnDispose = stopOnDispose;
        _deleteOnDispose = deleteOnDispose;
    }

    /// <summary>Holds <c>data/</c>, the password file and the server log.</summary>
    public string RootDirectory { get; }
    public int Port { get; }
    public string Password { get; }
    public string DataDirectory => Path.Combine(RootDirectory, "data");
    public string LogFile => Path.Combine(RootDirectory, "server.log");

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>
    /// The zero-configuration database's directory, one per checkout (or install): two clones never share a database by
    /// surprise. Under the per-user data folder (as root: <c>/var/lib/propertymanager</c>), named after the checkout.
    /// </summary>
    public static string DefaultRootDirectory() => DefaultRootDirectory(CheckoutDirectory(AppContext.BaseDirectory));

    /// <summary>The directory for the checkout (or install) at <paramref name="checkout"/>.</summary>
    public static string DefaultRootDirectory(string checkout)
    {
        var parent = Environment.IsPrivilegedProcess
            // The postgres OS user cannot enter root's home, so root's clusters live where it can.
            ? "/var/lib/propertymanager"
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "PropertyManager");
        return Path.Combine(parent, CheckoutKey(checkout), "postgres");
    }

    /// <summary>"name-hash": readable, and distinct for two clones with the same folder name.</summary>
    public static string CheckoutKey(string checkout)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(checkout));
        var name = new string(Path.GetFileName(full).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(full)))[..10].ToLowerInvariant();
        return $"{(name.Length > 0 ? name : "app")}-{hash}";
    }

    /// <summary>
    /// The folder holding the solution file above <paramref name="baseDirectory"/> (a checkout: Debug and Release builds
    /// share it), else <paramref name="baseDirectory"/> itself (an installed app).
    /// </summary>
    public static string CheckoutDirectory(string baseDirectory)
    {
        for (var directory = new DirectoryInfo(baseDirectory); directory is not null; directory = directory.Parent)
        {
            try
            {
                if (directory.EnumerateFiles("*.sln").Any() || directory.EnumerateFiles("*.slnx").Any())
                {
                    return directory.FullName;
                }
            }
            catch (UnauthorizedAccessException)
            {
                // A folder we may not list is not our checkout; keep looking above it.
            }
        }

        return baseDirectory;
    }

    /// <summary>Starts (initialising on first use) the cluster kept in <paramref name="rootDirectory"/>, reusing one already running there.</summary>
    public static async Task<LocalPostgresCluster> StartPersistentAsync(string rootDirectory, int preferredPort, CancellationToken cancellationToken)
    {
        var bin = PostgresBinaries.FindDirectory() ?? throw new LocalPostgresUnavailableException(_noBinariesMessage);
        Directory.CreateDirectory(rootDirectory);
        var passwordFile = Path.Combine(rootDirectory, "password");
        var portFile = Path.Combine(rootDirectory, "port");
        var dataDirectory = Path.Combine(rootDirectory, "data");

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
        {
            await InitAsync(bin, rootDirectory, passwordFile, cancellationToken);
        }

        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
        if (ReadRunningPort(dataDirectory) is { } runningPort)
        {
            if (await IsAcceptingAsync(bin, runningPort, cancellationToken))
            {
                return new LocalPostgresCluster(bin, rootDirectory, runningPort, password, stopOnDispose: false, deleteOnDispose: false);
            }

            // The last run's server may still be finishing its shutdown checkpoint (the app does not wait for it).
            await WaitForShutdownAsync(bin, dataDirectory, cancellationToken);
        }

        var port = File.Exists(portFile) && int.TryParse(await File.ReadAllTextAsync(portFile, cancellationToken), out var saved) && LoopbackPorts.IsFree(saved)
            ? saved
            : preferredPort > 0 && LoopbackPorts.IsFree(preferredPort) ? preferredPort : LoopbackPorts.Free();
        await File.WriteAllTextAsync(portFile, port.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

        var cluster = new LocalPostgresCluster(bin, rootDirectory, port, password, stopOnDispose: true, deleteOnDispose: false);
        await cluster.StartServerAsync(cancellationToken);
        return cluster;
    }

    /// <summary>Starts a new cluster in a fresh temporary directory on a free port; disposing stops and deletes it.</summary>
    public static async Task<LocalPostgresCluster> StartThrowawayAsync(CancellationToken cancellationToken)
    {
        var bin = PostgresBinaries.FindDirectory() ?? throw new LocalPostgresUnavailableException(_noBinariesMessage);
        RemoveStaleThrowawayDirectories();
        var root = Path.Combine(Path.GetTempPath(), ThrowawayPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var passwordFile = Path.Combine(root, "password");
        await InitAsync(bin, root, passwordFile, cancellationToken, fast: true);
        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
        var cluster = new LocalPostgresCluster(bin, root, LoopbackPorts.Free(), password, stopOnDispose: true, deleteOnDispose: true);
        await cluster.StartServerAsync(cancellationToken);
        cluster.StartWatchdog();
        return cluster;
    }

    /// <summary>
    /// A detached shell that stops the server and deletes its directory once this process is gone, however it
    /// ends: a test host is often killed before its exit handlers finish.
    /// </summary>
    private void StartWatchdog()
    {
        var pgCtl = Path.Combine(_binDirectory, "pg_ctl");
        var stop = Environment.IsPrivilegedProcess ? $"runuser -u postgres -- '{pgCtl}'" : $"'{pgCtl}'";
        var script = $"while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; " +
            $"{stop} stop -D '{DataDirectory}' -m immediate >/dev/null 2>&1; rm -rf '{RootDirectory}'";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in (string[])["sh", "-c", script])
        {
            start.ArgumentList.Add(arg);
        }

        using var watchdog = Process.Start(start);
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopOnDispose)
        {
            // A throwaway cluster's data is about to be deleted: no need to shut down cleanly. A kept one shuts down
            // cleanly ("fast": sessions ended, then a checkpoint), but the app waits for that at most a few seconds: on a
            // loaded machine the checkpoint takes longer, the server finishes it on its own, and the next start waits for it.
            string[] args = _deleteOnDispose
                ? ["stop", "-D", DataDirectory, "-m", "immediate", "-w"]
                : ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", StopWaitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            await RunAsync(_binDirectory, "pg_ctl", args, CancellationToken.None, throwOnError: false);
        }

        if (_deleteOnDispose)
        {
            try
            {
                Directory.Delete(RootDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp directory is harmless; never fail a test run over it.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>
    /// Deletes throwaway clusters whose server is gone: a test host killed before its exit handler finished
    /// leaves its directory behind.
    /// </summary>
    private static void RemoveStaleThrowawayDirectories()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), ThrowawayPrefix + "*"))
        {
            // A running server, or a directory another test run may still be initialising, is left alone.
            if (File.Exists(Path.Combine(directory, "data", "postmaster.pid"))
                || Directory.GetLastWriteTimeUtc(directory) > DateTime.UtcNow.AddMinutes(-30))
            {
                continue;
            }

            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        // Loopback TCP only; the socket goes to /tmp because the default socket directory may not be writable.
        string[] args = ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60",
            "-o", $"-p {Port} -c listen_addresses=127.0.0.1 -k /tmp -c fsync={(_deleteOnDispose ? "off" : "on")}"];
        var (exitCode, output) = await RunAsync(_binDirectory, "pg_ctl", args, cancellationToken, throwOnError: false);
        if (exitCode != 0)
        {
            var log = File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(10)) : "";
            throw new LocalPostgresUnavailableException(
                $"The local PostgreSQL server in {DataDirectory} did not start (pg_ctl exit {exitCode}): {output.Trim()} {log}".Trim());
        }
    }

    private static async Task InitAsync(string bin, string rootDirectory, string passwordFile, CancellationToken cancellationToken, bool fast = false)
    {
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(18)).ToLowerInvariant();
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // initdb reads the password from a file the server's OS user can read; it is removed right after.
        var initPasswordFile = Path.Combine(rootDirectory, "initdb-password");
        await File.WriteAllTextAsync(initPasswordFile, password, cancellationToken);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync(null, "chown", ["-R", "postgres:postgres", rootDirectory], cancellationToken);
            await RunAsync(null, "chown", ["root:root", passwordFile], cancellationToken);
        }

        try
        {
            List<string> args = ["-D", Path.Combine(rootDirectory, "data"), "-U", SuperUser, "--pwfile", initPasswordFile,
                "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"];
            if (fast)
            {
                args.Add("--no-sync");
            }

            await RunAsync(bin, "initdb", args, cancellationToken);
        }
        finally
        {
            File.Delete(initPasswordFile);
        }
    }

    private static int? ReadRunningPort(string dataDirectory)
    {
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        try
        {
            // postmaster.pid: line 1 pid, line 4 port.
            var lines = File.ReadAllLines(pidFile);
            return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Waits (up to a minute) while a server of <paramref name="dataDirectory"/> is still running.</summary>
    private static async Task WaitForShutdownAsync(string bin, string dataDirectory, CancellationToken cancellationToken)
    {
        for (var waited = 0; waited < 120; waited++)
        {
            // pg_ctl status: 0 while a server runs on this directory, 3 once none does (a stale pid file included).
            var (exitCode, _) = await RunAsync(bin, "pg_ctl", ["status", "-D", dataDirectory], cancellationToken, throwOnError: false);
            if (exitCode != 0)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private static async Task<bool> IsAcceptingAsync(string bin, int port, CancellationToken cancellationToken)
    {
        var (exitCode, _) = await RunAsync(bin, "pg_isready", ["-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-t", "3"], cancellationToken, throwOnError: false);
        return exitCode == 0;
    }


    private static async Task<(int ExitCode, string Output)> RunAsync(
        string? bin, string program, IEnumerable<string> args, CancellationToken cancellationToken, bool throwOnError = true)
    {
        var path = bin is null ? program : Path.Combine(bin, program);
        var runAsPostgres = bin is not null && Environment.IsPrivilegedProcess;
        var start = new ProcessStartInfo(runAsPostgres ? "runuser" : path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (runAsPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", path])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new LocalPostgresUnavailableException($"Could not start {path}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var output = (await stdout) + (await stderr);
        if (throwOnError && process.ExitCode != 0)
        {
            throw new LocalPostgresUnavailableException($"{program} failed (exit {process.ExitCode}): {output.Trim()}");
        }

        return (process.ExitCode, output);
    }
}
