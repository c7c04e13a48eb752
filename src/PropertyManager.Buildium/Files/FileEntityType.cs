namespace PropertyManager.Buildium.Files;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum FileEntityType
{
    Unknown,
    Account,
    Association,
    AssociationOwner,
    AssociationUnit,
    Lease,
    OwnershipAccount,
    PublicAsset,
    Rental,
    RentalOwner,
    RentalUnit,
    Tenant,
    Vendor,
}
