namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum WorkOrderStatus
{
    Unknown,
    New,
    InProgress,
    Completed,
    Deferred,
    Closed,
}
