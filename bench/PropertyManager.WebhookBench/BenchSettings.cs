using System.Globalization;

namespace PropertyManager.WebhookBench;

/// <summary>Command-line settings: <c>--events N --concurrency N --runs N --rate N --seconds N --entities N --process-runs N</c>.</summary>
internal sealed record BenchSettings(int Events, int Concurrency, int Runs, int Rate, int Seconds, int Entities, int ProcessRuns)
{
    public static BenchSettings Parse(string[] args)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["--events"] = 20_000,
            ["--concurrency"] = 32,
            ["--runs"] = 5,
            ["--rate"] = 50,
            ["--seconds"] = 30,
            ["--entities"] = 20,
            ["--process-runs"] = 3,
        };
        for (var i = 0; i < args.Length; i++)
        {
            if (!values.ContainsKey(args[i]) || i + 1 >= args.Length || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                throw new ArgumentException($"Unknown or incomplete option '{args[i]}'. Options: {string.Join(", ", values.Keys)} (each followed by a number).");
            }

            values[args[i++]] = value;
        }

        return new BenchSettings(values["--events"], values["--concurrency"], values["--runs"], values["--rate"], values["--seconds"], values["--entities"], values["--process-runs"]);
    }
}
