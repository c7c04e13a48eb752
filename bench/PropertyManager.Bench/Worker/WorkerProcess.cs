using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace PropertyManager.Bench.Worker;

/// <summary>The orchestrator's handle on a <see cref="SyncWorker"/> child process: this same program started with <c>worker</c>.</summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly Task _stderrPump;

    private WorkerProcess(Process process)
    {
        _process = process;
        _stderrPump = PumpStderrAsync();
    }

    public static async Task<WorkerProcess> StartAsync(WorkerSetup setup, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Under `dotnet run` or `dotnet X.dll` the process is the dotnet host, which needs our dll named first.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("worker");
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start a sync worker process.");
        var worker = new WorkerProcess(process);
        // The setup carries the connection string's password: stdin, unlike the command line, is not visible in ps.
        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(setup, BenchJson.Options).AsMemory(), cancellationToken);
        await process.StandardInput.FlushAsync(cancellationToken);
        return worker;
    }

    /// <summary>Runs one sync in the worker and waits for its result.</summary>
    public async Task<WorkerResult> RunAsync(WorkerCommand command, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(command, BenchJson.Options).AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(WorkerResult.LinePrefix, StringComparison.Ordinal))
            {
                return JsonSerializer.Deserialize<WorkerResult>(line[WorkerResult.LinePrefix.Length..], BenchJson.Options)!;
            }
        }

        await _process.WaitForExitAsync(cancellationToken);
        await _stderrPump;
        throw new InvalidOperationException($"The sync worker exited ({_process.ExitCode}) without a result. Its stderr ends:{Environment.NewLine}{Tail()}");
    }

    /// <summary>Starts a worker, runs one command, and lets the process end: a fresh process per run keeps its memory peak honest.</summary>
    public static async Task<WorkerResult> RunOnceAsync(WorkerSetup setup, WorkerCommand command, CancellationToken cancellationToken)
    {
        await using var worker = await StartAsync(setup, cancellationToken);
        return await worker.RunAsync(command, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Closing stdin is the worker's signal to stop its host (flushing the API log) and exit.
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _stderrPump;
        _process.Dispose();
    }

    private async Task PumpStderrAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_stderr)
            {
                _stderr.AppendLine(line);
            }
        }
    }

    private string Tail()
    {
        lock (_stderr)
        {
            var text = _stderr.ToString();
            return text.Length <= 4000 ? text : text[^4000..];
        }
    }
}
