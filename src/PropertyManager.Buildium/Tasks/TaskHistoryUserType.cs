namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum TaskHistoryUserType
{
    Unknown,
    Tenant,
    AssociationOwner,
    AssociationTenant,
    Staff,
    Vendor,
    RentalOwner,
}
