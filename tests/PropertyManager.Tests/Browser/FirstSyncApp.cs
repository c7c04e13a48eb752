using PropertyManager.BuildiumEmulator;
using PropertyManager.Tests.Web.Pages.Admin;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// The app at its first sync, scaled down: the demo portfolio, with each per-parent child read (a bill's payments, a
/// task's history) taking seconds, so the run is seen between its list phase and its end. Serving as soon as it starts.
/// </summary>
public sealed class FirstSyncApp() : SyncConsoleApp(waitForFirstRun: false, beforeAppStarts: SlowChildReads)
{
    public const int ChildReadMs = 3000;

    private static void SlowChildReads(BuildiumEmulatorHost emulator)
    {
        // The lists are /v1/bills and /v1/tasks; only the reads under one bill or task have the trailing slash.
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Method = "GET", PathPrefix = "/v1/bills/", LatencyMs = ChildReadMs });
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Method = "GET", PathPrefix = "/v1/tasks/", LatencyMs = ChildReadMs });
    }
}
