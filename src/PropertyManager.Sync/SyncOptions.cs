using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Sync;

/// <summary>Section <c>Sync</c>.</summary>
public sealed class SyncOptions
{
    public const string SectionName = "Sync";

    /// <summary>Run the background worker (the CLI verbs work either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Time between scheduled incremental runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How far before the cursor a date-time filtered pull starts, for clock skew and late commits in Buildium.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(5);
}
