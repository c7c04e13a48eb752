using System.Text.Json;

namespace PropertyManager.Data.Integration;

/// <summary>One HTTP attempt against Buildium (table <c>buildium_api_log</c>).</summary>
public sealed class BuildiumApiLogEntry
{
    public Guid Id { get; set; }
    /// <summary>Path and query.</summary>
    public string? Endpoint { get; set; }
    public string? Method { get; set; }
    public JsonDocument? RequestData { get; set; }
    public int? ResponseStatus { get; set; }
    public JsonDocument? ResponseData { get; set; }
    public string? ErrorMessage { get; set; }
    public int? DurationMs { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
}
