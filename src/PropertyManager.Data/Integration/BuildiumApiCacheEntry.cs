using System.Text.Json;

namespace PropertyManager.Data.Integration;

/// <summary>A cached Buildium GET response (table <c>buildium_api_cache</c>).</summary>
public sealed class BuildiumApiCacheEntry
{
    public Guid Id { get; set; }
    public string? Endpoint { get; set; }
    public JsonDocument? Parameters { get; set; }
    public JsonDocument? ResponseData { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
