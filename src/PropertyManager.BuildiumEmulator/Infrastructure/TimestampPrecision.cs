namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>How finely an endpoint's lastupdatedfrom/to filter reads: Buildium uses whole seconds or whole days.</summary>
internal enum TimestampPrecision
{
    Second,
    Day,
}
