namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum EntryAllowed
{
    Unknown,
    Yes,
    No,
}
