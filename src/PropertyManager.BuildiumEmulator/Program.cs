using PropertyManager.BuildiumEmulator;

var builder = WebApplication.CreateBuilder(args);

// Short switches for the common options; every option also binds from Emulator:* / Emulator__*.
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--seed-size"] = "Emulator:SeedSize",
    ["--seed"] = "Emulator:Seed",
    ["--client-id"] = "Emulator:ClientId",
    ["--client-secret"] = "Emulator:ClientSecret",
    ["--webhook-url"] = "Emulator:Webhooks:Url",
});
var options = builder.Configuration.GetSection(EmulatorOptions.SectionName).Get<EmulatorOptions>() ?? new EmulatorOptions();

var app = EmulatorApplication.Build(builder, options);
app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation(
    "Buildium emulator listening on {Urls} (seed size {SeedSize}, seed {Seed}). Headers: x-buildium-client-id: {ClientId}, x-buildium-client-secret: {ClientSecret}. Webhooks: {WebhookUrl}",
    string.Join(", ", app.Urls),
    options.SeedSize,
    options.Seed,
    options.ClientId,
    options.ClientSecret,
    options.Webhooks.Url ?? "off"));
app.Run();

/// <summary>Internal so that it never clashes with the web app's public Program where both are referenced.</summary>
internal sealed partial class Program;
