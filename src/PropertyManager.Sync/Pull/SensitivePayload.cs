using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.Buildium.Json;
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

    // How the client's serializer spells them (no naming policy): a payload without any of these has nothing to encrypt.
    private static readonly byte[][] s_serializedNames = [.. s_names.Select(n => Encoding.UTF8.GetBytes($"\"{n}\""))];

    /// <summary>
    /// The payload as serialized by the client, with its sensitive values encrypted: rewritten as a token stream, and
    /// only when one of the names occurs at all.
    /// </summary>
    public static byte[] Protect(byte[] json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!s_serializedNames.Any(name => json.AsSpan().IndexOf(name) >= 0))
        {
            return json;
        }

        var output = new ArrayBufferWriter<byte>(json.Length + 256);
        using (var writer = new Utf8JsonWriter(output))
        {
            var reader = new Utf8JsonReader(json);
            JsonRewriter.Copy(ref reader, writer, ProtectValue);
        }

        return output.WrittenSpan.ToArray();
    }

    public static JsonDocument Unprotect(JsonDocument payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var node = JsonNode.Parse(payload.RootElement.GetRawText());
        return Decrypt(node) ? JsonSerializer.SerializeToDocument(node) : payload;
    }

    private static bool ProtectValue(scoped ReadOnlySpan<char> name, ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        if (reader.TokenType != JsonTokenType.String || !s_names.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)
            || reader.GetString() is not { Length: > 0 } text || SensitiveData.IsProtected(text))
        {
            return false;
        }

        writer.WriteStringValue(SensitiveData.Protect(text));
        return true;
    }

    private static bool Decrypt(JsonNode? node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (s_names.Contains(name) && child is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 && SensitiveData.IsProtected(text))
                    {
                        obj[name] = SensitiveData.Unprotect(text);
                        changed = true;
                    }
                    else
                    {
                        changed |= Decrypt(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    changed |= Decrypt(child);
                }

                break;
        }

        return changed;
    }
}
