namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium enumeration (the <c>buildingstatuses</c> filter of tenants); travels as its member name.</summary>
public enum BuildingStatus
{
    Active,
    InActive,
}
