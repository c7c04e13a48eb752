using System.Buffers;
using System.Text;
using System.Text.Json;

namespace PropertyManager.Buildium.Json;

/// <summary>
/// Copies JSON token by token from a reader to a writer, letting a callback write some property values differently
/// (masked in the API log, encrypted in the stored payloads). Streaming: no tree of nodes, nothing held but the output.
/// </summary>
public static class JsonRewriter
{
    /// <summary>
    /// Called with the reader on the value of <paramref name="propertyName"/>; returns true when it wrote the value
    /// itself (and moved the reader past it, e.g. with <see cref="Utf8JsonReader.Skip"/> for an object), false to have
    /// it copied as it is.
    /// </summary>
    public delegate bool ValueRewriter(scoped ReadOnlySpan<char> propertyName, ref Utf8JsonReader reader, Utf8JsonWriter writer);

    public static void Copy(ref Utf8JsonReader reader, Utf8JsonWriter writer, ValueRewriter rewrite)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rewrite);
        Span<char> buffer = stackalloc char[64];
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                CopyToken(ref reader, writer);
                continue;
            }

            // Names repeat on every record: decoded onto the stack, not into a string, when they are short and plain.
            ReadOnlySpan<char> name = IsPlainSpan(ref reader) && reader.ValueSpan.Length <= buffer.Length
                ? buffer[..Encoding.UTF8.GetChars(reader.ValueSpan, buffer)]
                : reader.GetString();
            CopyToken(ref reader, writer);
            reader.Read();
            if (!rewrite(name, ref reader, writer))
            {
                CopyToken(ref reader, writer);
            }
        }
    }

    private static void CopyToken(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.PropertyName when IsPlainSpan(ref reader):
                writer.WritePropertyName(reader.ValueSpan);
                break;
            case JsonTokenType.PropertyName:
                writer.WritePropertyName(reader.GetString()!);
                break;
            case JsonTokenType.String when IsPlainSpan(ref reader):
                writer.WriteStringValue(reader.ValueSpan);
                break;
            case JsonTokenType.String:
                writer.WriteStringValue(reader.GetString());
                break;
            case JsonTokenType.Number:
                // The number's own text, as a parsed document keeps it.
                writer.WriteRawValue(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True:
            case JsonTokenType.False:
                writer.WriteBooleanValue(reader.GetBoolean());
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
        }
    }

    private static bool IsPlainSpan(ref Utf8JsonReader reader) => !reader.HasValueSequence && !reader.ValueIsEscaped;
}
