namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>A from/to filter value; records are compared after truncating their time to the same precision, bounds inclusive.</summary>
internal readonly record struct TimestampBound(DateTime Value, TimestampPrecision Precision)
{
    public DateTime Truncate(DateTime utc) => Precision == TimestampPrecision.Day
        ? utc.Date
        : new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
