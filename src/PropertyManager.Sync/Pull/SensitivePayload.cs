using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.Data.Sensitive;

namespace PropertyManager.Sync.Pull;

/// <summary>
/// Encrypts the tax ids and bank numbers inside a stored Buildium payload (<c>sync_records.payload</c>, the base of
/// conflict detection), so the copy of a record kept for merging is no weaker than the record's own columns; the
/// readers decrypt before deserialising. The names are Buildium's, at any depth (owners' and vendors'
/// <c>TaxInformation.TaxPayerId</c>, bank accounts' numbers); a GL account's number is encrypted too, harmlessly.
/// </summary>
public static class SensitivePayload
{
    private static readonly HashSet<string> s_names = new(StringComparer.OrdinalIgnoreCase)
    {
        "TaxPayerId", "TaxId", "AccountNumber", "AccountNumberUnmasked", "RoutingNumber",
    };

    public static JsonDocument Protect(JsonDocument payload) => Transform(payload, SensitiveData.Protect, v => !SensitiveData.IsProtected(v));

    public static JsonDocument Unprotect(JsonDocument payload) => Transform(payload, SensitiveData.Unprotect, SensitiveData.IsProtected);

    private static JsonDocument Transform(JsonDocument payload, Func<string, string> convert, Func<string, bool> applies)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var node = JsonNode.Parse(payload.RootElement.GetRawText());
        return Walk(node, convert, applies) ? JsonSerializer.SerializeToDocument(node) : payload;
    }

    private static bool Walk(JsonNode? node, Func<string, string> convert, Func<string, bool> applies)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (s_names.Contains(name) && child is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 && applies(text))
                    {
                        obj[name] = convert(text);
                        changed = true;
                    }
                    else
                    {
                        changed |= Walk(child, convert, applies);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    changed |= Walk(child, convert, applies);
                }

                break;
        }

        return changed;
    }
}
