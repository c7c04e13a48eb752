using System.Diagnostics;

namespace PropertyManager.Bench.Worker;

/// <summary>
/// The process's resident memory: now, and the peak since the last <see cref="TryResetPeak"/>. On Linux, writing 5 to
/// <c>/proc/self/clear_refs</c> resets the kernel's high-water mark (VmHWM), so one process can attribute its peak to
/// each kind and to each run instead of reporting its lifetime maximum.
/// </summary>
internal static class MemoryProbe
{
    private const double Megabyte = 1024 * 1024;

    public static double WorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / Megabyte;
    }

    /// <summary>VmHWM: the peak resident set since the process started or the last reset.</summary>
    public static double PeakWorkingSetMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / Megabyte;
    }

    /// <summary>False where the kernel offers no reset (not Linux, or older than 4.0): peaks are then lifetime peaks.</summary>
    public static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>Collects everything collectable, so the working set that follows is what the process really keeps.</summary>
    public static double ManagedHeapAfterFullGcMb()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false) / Megabyte;
    }
}
