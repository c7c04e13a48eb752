namespace PropertyManager.PagesBench;

internal sealed record PageTiming(string Path, double MedianMs, double P95Ms, double MaxMs, long Bytes);
