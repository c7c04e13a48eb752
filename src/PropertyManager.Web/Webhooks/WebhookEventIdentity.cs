using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PropertyManager.Web.Webhooks;

/// <summary>
/// Buildium sends no event id. An event is its payload: account, event name, entity ids and event time (plus
/// fields like <c>TaskType</c> that are as fixed as the ids). The id is a SHA-256 over its properties sorted by name,
/// each with its compact JSON value, so a redelivery (same fields, any order, any whitespace) gets the same id.
/// </summary>
public static class WebhookEventIdentity
{
    /// <param name="payload">The parsed compact body, so raw values carry no whitespace.</param>
    public static string Compute(JsonElement payload)
    {
        var canonical = new StringBuilder(256);
        foreach (var property in payload.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            // Separators that cannot occur unescaped in JSON text keep "A"+"BC" apart from "AB"+"C".
            canonical.Append(property.Name).Append('\u001f').Append(property.Value.GetRawText()).Append('\u001e');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
