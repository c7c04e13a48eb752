using System.Text.Encodings.Web;
using System.Text.Json;

namespace PropertyManager.Web.Admin;

/// <summary>
/// Stored JSON (API bodies, webhook payloads, conflict values) as people read it: indented, with characters such as
/// &lt; left as they are, because Razor HTML-encodes the text when it writes it into the page.
/// </summary>
public static class JsonDisplay
{
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions _inline = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string? Pretty(JsonDocument? document) => document is null ? null : Pretty(document.RootElement);

    public static string Pretty(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, _options))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>One value on one line, for side-by-side tables (strings without their quotes).</summary>
    public static string Inline(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        _ => JsonSerializer.Serialize(element, _inline),
    };
}
