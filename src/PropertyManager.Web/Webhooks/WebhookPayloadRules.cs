using System.Text.Json;

namespace PropertyManager.Web.Webhooks;

/// <summary>
/// What a signed body must be before it is stored, so a bad one is answered 400 (Buildium does not retry it)
/// instead of failing in PostgreSQL (a 503 would make Buildium retry a poison event) or fanning out into reads.
/// </summary>
public static class WebhookPayloadRules
{
    /// <summary>The only id array Buildium sends (NOTES.md §7): <c>BillIds</c> of <c>Bill.Payment.*</c>.</summary>
    private const string ArrayEntity = "Bill.Payment.";
    private const string ArrayField = "BillIds";

    /// <summary>Why the event cannot be accepted, or null when it can.</summary>
    public static string? Problem(string eventName, JsonElement root)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                if (!eventName.StartsWith(ArrayEntity, StringComparison.Ordinal) || property.Name != ArrayField)
                {
                    return $"{property.Name} is an array; Buildium sends an id array only as {ArrayField} of Bill.Payment events.";
                }

                if (property.Value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Number))
                {
                    return $"{ArrayField} must hold numbers only.";
                }
            }
        }

        return Unstorable(root);
    }

    /// <summary>PostgreSQL's jsonb refuses "\u0000" and lone surrogate escapes anywhere in the document.</summary>
    private static string? Unstorable(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!Storable(property.Name))
                    {
                        return "A property name holds a character PostgreSQL cannot store.";
                    }

                    if (Unstorable(property.Value) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (Unstorable(item) is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.String:
                try
                {
                    return Storable(element.GetString()) ? null : "A value holds a character PostgreSQL cannot store (\\u0000).";
                }
                catch (InvalidOperationException)
                {
                    // GetString refuses escapes that are not valid UTF-16 (a lone surrogate).
                    return "A value holds an escape that is not a valid Unicode character.";
                }

            default:
                return null;
        }
    }

    private static bool Storable(string? text) => text is null || !text.Contains('\0', StringComparison.Ordinal);
}
