using System.Text.Json;
using PropertyManager.Sync.Catalog;

namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// Buildium event names (<c>{Entity}.{Operation}</c>) to the synced kind and the payload field holding its id
/// (NOTES.md §7). Entities we do not sync (vendor transactions...) have no route: they are stored and noted.
/// </summary>
public static class WebhookRoutes
{
    /// <summary>Each webhook entity the catalogue's kinds name, with the kind its events re-read.</summary>
    public static IReadOnlyDictionary<string, (string Kind, WebhookRoute Route)> Routes { get; } =
        SyncCatalog.Kinds.SelectMany(k => k.Webhooks.Select(w => (w.Entity, Value: (k.Name, w)))).ToDictionary(x => x.Entity, x => x.Value, StringComparer.Ordinal);

    public static WebhookEventPlan Plan(string? eventName, JsonElement payload)
    {
        var dot = eventName?.LastIndexOf('.') ?? -1;
        if (eventName is null || dot <= 0)
        {
            return WebhookEventPlan.Invalid($"Event name '{eventName}' is not Entity.Operation.");
        }

        var entity = eventName[..dot];
        var deleted = eventName.EndsWith(".Deleted", StringComparison.Ordinal);
        if (!Routes.TryGetValue(entity, out var found))
        {
            return WebhookEventPlan.Unknown($"Not synced from webhooks: {entity} events are stored only.");
        }

        var (kind, route) = found;
        // Only Bill.Payment carries an id array (BillIds); an array anywhere else is not Buildium's and would fan out into reads.
        var ids = Ids(payload, route.IdField, route.IdArray);
        if (ids.Count == 0)
        {
            return WebhookEventPlan.Invalid($"{eventName} without a numeric {route.IdField}.");
        }

        int? childId = route.ChildIdField is { } childField ? Ids(payload, childField, allowArray: false).FirstOrDefault() : null;
        return new WebhookEventPlan([.. ids.Distinct().Select(id => new WebhookTarget(kind, id))], deleted, childId is 0 ? null : childId, null, false);
    }

    private static List<int> Ids(JsonElement payload, string field, bool allowArray)
    {
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty(field, out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var id) && id > 0 => [id],
            JsonValueKind.Array when allowArray => [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i > 0).Select(v => v.GetInt32())],
            _ => [],
        };
    }
}
