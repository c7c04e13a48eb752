namespace PropertyManager.BuildiumEmulator;

/// <summary>Settings of the Buildium emulator, bound from the "Emulator" configuration section.</summary>
public sealed class EmulatorOptions
{
    public const string SectionName = "Emulator";

    public string ClientId { get; set; } = "emulator-client-id";

    public string ClientSecret { get; set; } = "emulator-client-secret";

    public int AccountId { get; set; } = 123456;

    /// <summary>none | demo | large.</summary>
    public string SeedSize { get; set; } = "demo";

    public int Seed { get; set; } = 42;

    public EmulatorRateLimitOptions RateLimit { get; set; } = new();

    public EmulatorWebhookOptions Webhooks { get; set; } = new();

    public EmulatorFaultOptions Faults { get; set; } = new();
}
