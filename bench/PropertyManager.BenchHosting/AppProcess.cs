using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace PropertyManager.BenchHosting;

/// <summary>The real web app (<c>PropertyManager.Web.dll</c>) as a child process on a loopback port, configured by environment.</summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "PropertyManager.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Request logging is one console line per request: at thousands per second it would measure the console.
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // The app runs from our output directory, which has no wwwroot; its warning about that is noise here.
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.AspNetCore.StaticFiles"] = "Error";
        // A bench is one client sending as fast as it can: the per-address flood limits would measure themselves.
        start.Environment["Security__WebhookRequestsPerSecond"] = "1000000";
        start.Environment["Security__LoginAttemptsPerMinute"] = "10000";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the web app.");
        process.OutputDataReceived += (_, e) => Echo(e.Data);
        process.ErrorDataReceived += (_, e) => Echo(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web app exited with code {process.ExitCode}.");
            }

            try
            {
                using var ready = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return new AppProcess(process, baseAddress);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Slow start.
            }

            await Task.Delay(200, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("The web app did not become ready within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    // Warnings and errors only (the app logs at Warning here): a failure in the app shows in the bench output.
    private static void Echo(string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            Console.WriteLine("  app> " + line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"web app pid {_process.Id} at {BaseAddress}");
}
