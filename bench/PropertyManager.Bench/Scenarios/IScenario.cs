using PropertyManager.Bench.Infrastructure;

namespace PropertyManager.Bench.Scenarios;

/// <summary>One measured situation from issue 4; it adds its rows and details to the context's result table.</summary>
internal interface IScenario
{
    string Name { get; }

    Task RunAsync(BenchContext context, CancellationToken cancellationToken);
}
