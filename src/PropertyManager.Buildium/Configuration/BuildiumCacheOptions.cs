using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Buildium.Configuration;

/// <summary>Caching of slow-changing reference data (GL accounts, vendor and task categories).</summary>
public sealed class BuildiumCacheOptions
{
    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(15);
}
