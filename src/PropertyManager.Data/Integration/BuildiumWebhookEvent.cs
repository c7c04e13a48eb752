using System.Text.Json;

namespace PropertyManager.Data.Integration;

/// <summary>A received Buildium webhook (table <c>buildium_webhook_events</c>).</summary>
public sealed class BuildiumWebhookEvent
{
    public Guid Id { get; set; }
    /// <summary>Stable hash of the event's identity; Buildium sends no event id of its own.</summary>
    public string? EventId { get; set; }
    /// <summary>Buildium's <c>EventName</c>, e.g. <c>Rental.Updated</c>.</summary>
    public string? EventType { get; set; }
    public JsonDocument? EventData { get; set; }
    public bool? Processed { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }
    public string? ErrorMessage { get; set; }
    public int? RetryCount { get; set; }
    public int? MaxRetries { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
}
