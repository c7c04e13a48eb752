using System.Globalization;
using System.Text;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace PropertyManager.Tests.FaultSurvival;

/// <summary>One scenario's outcome: what was injected and what the reconciliation found afterwards.</summary>
public sealed record SurvivalRow(string Scenario, long FaultsInjected, int RecordsChecked, int Lost, int Duplicated, int Differences, TimeSpan Elapsed);

/// <summary>
/// Collects every scenario's row and, when the collection ends, prints the table to the test output (diagnostic
/// messages) and writes it as markdown to <c>fault-survival.md</c> beside the test assembly. The file is also
/// rewritten after every row, so a run cut short still leaves what it proved.
/// </summary>
public sealed class FaultSurvivalReport(IMessageSink sink) : IDisposable
{
    private readonly List<SurvivalRow> _rows = [];

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "fault-survival.md");

    public void Add(SurvivalRow row, ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        string table;
        lock (_rows)
        {
            _rows.Add(row);
            table = Table();
        }

        output.WriteLine(table);
        File.WriteAllText(FilePath, table);
    }

    public string Table()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("| scenario | faults injected | records checked | lost | duplicated | reconcile differences | seconds |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        lock (_rows)
        {
            foreach (var r in _rows)
            {
                text.AppendLine(string.Create(c, $"| {r.Scenario} | {r.FaultsInjected} | {r.RecordsChecked} | {r.Lost} | {r.Duplicated} | {r.Differences} | {r.Elapsed.TotalSeconds:F1} |"));
            }
        }

        return text.ToString();
    }

    public void Dispose()
    {
        var table = Table();
        File.WriteAllText(FilePath, table);
        sink.OnMessage(new DiagnosticMessage("Fault survival ({0}):\n{1}", FilePath, table));
    }
}

[CollectionDefinition(Name)]
public sealed class FaultSurvivalCollection : ICollectionFixture<FaultSurvivalReport>
{
    public const string Name = "Fault survival";
}
