using System.Globalization;
using System.Text.Json;

namespace PropertyManager.BuildiumEmulator.Webhooks;

/// <summary>Buildium's thin event: name, time (UTC, 7 fractional digits), account, then the entity's id fields.</summary>
internal sealed class WebhookEvent(string eventName, DateTime eventDateTimeUtc)
{
    private readonly List<KeyValuePair<string, object>> _ids = [];

    public string EventName { get; } = eventName;

    public DateTime EventDateTimeUtc { get; } = eventDateTimeUtc;

    public WebhookEvent With(string name, int value)
    {
        _ids.Add(new(name, value));
        return this;
    }

    public WebhookEvent With(string name, string value)
    {
        _ids.Add(new(name, value));
        return this;
    }

    public WebhookEvent With(string name, IReadOnlyList<int> values)
    {
        _ids.Add(new(name, values.ToArray()));
        return this;
    }

    /// <summary>Compact JSON (no whitespace), the exact bytes that get signed.</summary>
    public byte[] ToJson(int accountId)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(EventName), EventName);
            writer.WriteString("EventDateTime", EventDateTimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            writer.WriteNumber("AccountId", accountId);
            foreach (var (name, value) in _ids)
            {
                switch (value)
                {
                    case int number:
                        writer.WriteNumber(name, number);
                        break;
                    case int[] numbers:
                        writer.WriteStartArray(name);
                        foreach (var number in numbers)
                        {
                            writer.WriteNumberValue(number);
                        }

                        writer.WriteEndArray();
                        break;
                    default:
                        writer.WriteString(name, value.ToString());
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
