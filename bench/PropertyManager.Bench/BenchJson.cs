using System.Text.Json;

namespace PropertyManager.Bench;

/// <summary>One JSON shape for everything the bench sends between its processes and to the emulator's admin endpoint.</summary>
internal static class BenchJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
