namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum WorkOrderPriority
{
    Unknown,
    Low,
    Normal,
    High,
}
