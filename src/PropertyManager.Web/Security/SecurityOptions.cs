using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Web.Security;

/// <summary>Limits that protect the app from floods and oversized requests (section <c>Security</c>).</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Sign-in attempts per client address per minute, before Identity's own per-account lockout.</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Webhook posts per client address per second; Buildium sends far fewer, a flood is refused with 429.</summary>
    [Range(1, 1_000_000)]
    public int WebhookRequestsPerSecond { get; set; } = 200;

    /// <summary>The largest request body the app reads (forms and webhooks); bigger ones get 413.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
