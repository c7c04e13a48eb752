using System.Text.Json;
using PropertyManager.Data.Integration;

namespace PropertyManager.Sync.Webhooks;

/// <summary>
/// Buildium event names (<c>{Entity}.{Operation}</c>) to the synced kind and the payload field holding its id
/// (NOTES.md §7). Entities we do not sync (LeaseTenant, transactions...) have no route: they are stored and noted.
/// </summary>
public static class WebhookRoutes
{
    private static readonly Dictionary<string, (string Kind, string IdField)> _routes = new(StringComparer.Ordinal)
    {
        ["Rental"] = (SyncEntityTypes.Property, "PropertyId"),
        ["RentalUnit"] = (SyncEntityTypes.Unit, "UnitId"),
        ["Lease"] = (SyncEntityTypes.Lease, "LeaseId"),
        ["BankAccount"] = (SyncEntityTypes.BankAccount, "BankAccountId"),
        ["GLAccount"] = (SyncEntityTypes.GlAccount, "GLAccountId"),
        ["Vendor"] = (SyncEntityTypes.Vendor, "VendorId"),
        ["VendorCategory"] = (SyncEntityTypes.VendorCategory, "VendorCategoryId"),
        ["Bill"] = (SyncEntityTypes.Bill, "BillId"),
        ["Task"] = (SyncEntityTypes.Task, "TaskId"),
        ["TaskCategory"] = (SyncEntityTypes.TaskCategory, "TaskCategoryId"),
        ["WorkOrder"] = (SyncEntityTypes.WorkOrder, "WorkOrderId"),
        // Children: re-read through the parent's list endpoint, so the target is the parent.
        ["Bill.Payment"] = (SyncEntityTypes.BillPayment, "BillIds"),
        ["Task.History"] = (SyncEntityTypes.TaskHistory, "TaskId"),
    };

    public static WebhookEventPlan Plan(string? eventName, JsonElement payload)
    {
        var dot = eventName?.LastIndexOf('.') ?? -1;
        if (eventName is null || dot <= 0)
        {
            return WebhookEventPlan.Invalid($"Event name '{eventName}' is not Entity.Operation.");
        }

        var entity = eventName[..dot];
        var deleted = eventName.EndsWith(".Deleted", StringComparison.Ordinal);
        if (!_routes.TryGetValue(entity, out var route))
        {
            return WebhookEventPlan.Unknown($"Not synced from webhooks: {entity} events are stored only.");
        }

        // Only Bill.Payment carries an id array (BillIds); an array anywhere else is not Buildium's and would fan out into reads.
        var ids = Ids(payload, route.IdField, allowArray: route.Kind == SyncEntityTypes.BillPayment);
        if (ids.Count == 0)
        {
            return WebhookEventPlan.Invalid($"{eventName} without a numeric {route.IdField}.");
        }

        int? childId = route.Kind switch
        {
            SyncEntityTypes.BillPayment => Ids(payload, "PaymentId", allowArray: false).FirstOrDefault(),
            SyncEntityTypes.TaskHistory => Ids(payload, "TaskHistoryId", allowArray: false).FirstOrDefault(),
            _ => null,
        };
        return new WebhookEventPlan([.. ids.Distinct().Select(id => new WebhookTarget(route.Kind, id))], deleted, childId is 0 ? null : childId, null, false);
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
