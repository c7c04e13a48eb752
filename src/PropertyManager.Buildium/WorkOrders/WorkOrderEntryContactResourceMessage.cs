using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium <c>WorkOrderEntryContactResourceMessage</c> (read shape).</summary>
public sealed class WorkOrderEntryContactResourceMessage
{
    public BuildiumEnumValue<EntryContactResourceType> Type { get; set; }

    public string? Href { get; set; }
}
