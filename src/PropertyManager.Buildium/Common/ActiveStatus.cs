namespace PropertyManager.Buildium.Common;

/// <summary>Status filter of rental owners and vendors (note: <c>Inactive</c>, unlike rentals).</summary>
public enum ActiveStatus
{
    Active,
    Inactive,
}
