using System.Text.Json;
using System.Text.Json.Serialization;

namespace PropertyManager.Buildium.Json;

/// <summary>Reads any JSON scalar into a <see cref="BuildiumEnumValue{TEnum}"/> without ever throwing on an unknown name.</summary>
public sealed class BuildiumEnumConverter<TEnum> : JsonConverter<BuildiumEnumValue<TEnum>>
    where TEnum : struct, Enum
{
    private readonly UnknownEnumValueLog? _unknownValues;

    public BuildiumEnumConverter(UnknownEnumValueLog? unknownValues)
    {
        _unknownValues = unknownValues;
    }

    public override bool HandleNull => true;

    public override BuildiumEnumValue<TEnum> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.String:
                text = reader.GetString() ?? string.Empty;
                break;
            case JsonTokenType.Number:
            case JsonTokenType.True:
            case JsonTokenType.False:
                // Keep the raw token as text: a numeric enum is still better surfaced than a failed page.
                text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                break;
            default:
                throw new JsonException($"Expected a string for {typeof(TEnum).Name}, got {reader.TokenType}.");
        }

        var value = new BuildiumEnumValue<TEnum>(text);
        if (!value.IsKnown)
        {
            _unknownValues?.Report(typeof(TEnum), text);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, BuildiumEnumValue<TEnum> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsEmpty)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(value.Value);
    }
}
