using System.Globalization;

namespace PropertyManager.Web.Buildium;

/// <summary>How a client reaches the built-in emulator: its address and keys, and a curl line that uses them.</summary>
public static class EmulatorKeys
{
    public const string ClientIdHeader = "x-buildium-client-id";
    public const string ClientSecretHeader = "x-buildium-client-secret";

    public static string CurlExample(EmbeddedEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return string.Create(CultureInfo.InvariantCulture,
            $"curl -H '{ClientIdHeader}: {emulator.Options.ClientId}' -H '{ClientSecretHeader}: {emulator.Options.ClientSecret}' '{new Uri(emulator.Address, "v1/rentals?limit=3")}'");
    }

    /// <summary>Printed on the console (not the log) at every demo start: the secret is new each run.</summary>
    public static void Print(EmbeddedEmulator emulator, TextWriter console)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        ArgumentNullException.ThrowIfNull(console);
        console.WriteLine();
        console.WriteLine("  Built-in Buildium emulator (demo mode; new keys each run):");
        console.WriteLine($"    address:       {emulator.Address}");
        console.WriteLine($"    client id:     {emulator.Options.ClientId}");
        console.WriteLine($"    client secret: {emulator.Options.ClientSecret}");
        console.WriteLine($"    try:           {CurlExample(emulator)}");
        console.WriteLine("    change a record and watch it arrive: Admin > Buildium (demo)");
        console.WriteLine();
    }
}
