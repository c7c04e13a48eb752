using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Web.Webhooks;

/// <summary>The webhook keys of section <c>Buildium</c> (secrets from the environment or user secrets, never appsettings.json).</summary>
public sealed class BuildiumWebhookOptions : IValidatableObject
{
    public const string SectionName = "Buildium";

    /// <summary>The subscription's key (Buildium: Settings > Developer Tools > Webhooks). Empty: every webhook is refused.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The key before a rotation, accepted alongside the new one until Buildium sends only the new one.</summary>
    public string? PreviousWebhookSecret { get; set; }

    /// <summary>How far the signed timestamp may be from our clock, either way, so a captured request cannot be replayed later.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Buildium's events are a few hundred bytes; anything far larger is not one of them.</summary>
    [Range(1024, 10 * 1024 * 1024)]
    public int WebhookMaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Failed processing attempts after which an event stays failed (stored per event in <c>max_retries</c>).</summary>
    [Range(1, 100)]
    public int WebhookMaxRetries { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(WebhookSecret) && !string.IsNullOrWhiteSpace(PreviousWebhookSecret))
        {
            yield return new ValidationResult(
                "Buildium:PreviousWebhookSecret is set but Buildium:WebhookSecret is not: set the new key as WebhookSecret.",
                [nameof(WebhookSecret)]);
        }
    }
}
