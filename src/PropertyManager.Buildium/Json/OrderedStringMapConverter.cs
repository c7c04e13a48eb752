using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyManager.Buildium.Json;

/// <summary>
/// Reads a JSON object of header names to values as an ordered list: Buildium's upload flow requires
/// the returned headers to be sent "in the order they were received", which a dictionary does not promise.
/// </summary>
public sealed class OrderedStringMapConverter : JsonConverter<IReadOnlyList<KeyValuePair<string, string>>>
{
    public override IReadOnlyList<KeyValuePair<string, string>>? Read(
        ref Utf8JsonReader reader,
        Type typeToConvert,
        JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a JSON object of header names to values.");
        }

        var result = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString() ?? string.Empty;
            reader.Read();
            var value = reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString() ?? string.Empty,
                JsonTokenType.Null => string.Empty,
                _ => JsonDocument.ParseValue(ref reader).RootElement.GetRawText(),
            };
            result.Add(new KeyValuePair<string, string>(name, value));
        }

        return result;
    }

    public override void Write(
        Utf8JsonWriter writer,
        IReadOnlyList<KeyValuePair<string, string>> value,
        JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (name, headerValue) in value)
        {
            writer.WriteString(name, headerValue);
        }

        writer.WriteEndObject();
    }
}
