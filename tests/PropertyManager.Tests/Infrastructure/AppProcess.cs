using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PropertyManager.Tests.Infrastructure;

/// <summary>
/// Runs the real app (PropertyManager.Web.dll from this test's output) as a child process, the way a person runs it:
/// CLI verbs to completion, or the web app until it logs its URL.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Runs a CLI verb and waits for it to exit.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        // No terminal: a verb that would prompt (users add without --password) must see redirected input.
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the web app on a free loopback port and waits until it logs that it is ready.</summary>
    public static async Task<AppProcess> StartWebAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var process = Process.Start(StartInfo(environment, ["--urls", "http://127.0.0.1:0"]))!;
        process.StandardInput.Close();
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _ = process.WaitForExitAsync().ContinueWith(_ => app._ready.TrySetException(new InvalidOperationException("The app exited before it was ready:\n" + app.Output)), TaskScheduler.Default);
        await app._ready.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return app;
    }

    /// <summary>Starts a CLI verb without waiting for it, so a test can kill it part-way (<see cref="KillHardAsync"/>).</summary>
    public static AppProcess StartVerb(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var process = Process.Start(StartInfo(environment, args))!;
        process.StandardInput.Close();
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>SIGKILL, as <c>kill -9</c> or the OOM killer ends it: no shutdown code runs.</summary>
    public async Task KillHardAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>How long <see cref="StopAsync"/> waits for the app to exit after SIGINT.</summary>
    public static TimeSpan StopWait { get; } = TimeSpan.FromSeconds(15);

    public Uri BaseAddress => new(_ready.Task.Result);

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Asks the app to stop as Ctrl+C would, and waits for it.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            // SIGINT, as Ctrl+C in a terminal sends it. A test run started as a background job of a non-interactive shell
            // (`.ci/run &`) ignores SIGINT and the app inherits that; SIGTERM then stops it the same graceful way.
            var signal = InheritsIgnoredSigint() ? "-TERM" : "-INT";
            using (var kill = Process.Start("kill", [signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            // Issue 16: the app stops within a few seconds of Ctrl+C (a bounded host shutdown and PostgreSQL wait);
            // 15 s leaves room for a loaded machine and still catches a stop that hangs on something.
            using var timeout = new CancellationTokenSource(StopWait);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The app did not stop within {StopWait.TotalSeconds} s of SIGINT:\n" + Output);
            }
        }
    }

    /// <summary>Whether this process ignores SIGINT (<c>SigIgn</c> in /proc/self/status, bit 1), as its children then do.</summary>
    private static bool InheritsIgnoredSigint()
    {
        var line = File.Exists("/proc/self/status")
            ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal))
            : null;
        return line is not null
            && (ulong.Parse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & 0x2) != 0;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ReadyLine().Match(line) is { Success: true } match)
        {
            _ready.TrySetResult(match.Groups[1].Value);
        }
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PropertyManager.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Start from a clean slate: nothing from the test runner's own configuration leaks into the app.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                     || k.StartsWith("Database__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                     || k == "DOTNET_ENVIRONMENT" || k == "PM_POSTGRES_BIN").ToList())
        {
            start.Environment.Remove(key);
        }

        // The app's encrypted columns use the test run's key ring, so the tests can read what the app process wrote.
        start.Environment["DataProtection__KeysDirectory"] = TestSensitiveData.KeysDirectory;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    [GeneratedRegex(@"PropertyManager is ready at (\S+)")]
    private static partial Regex ReadyLine();
}
