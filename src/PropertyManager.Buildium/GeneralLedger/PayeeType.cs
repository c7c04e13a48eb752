namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Who a transaction was paid to or received from (<c>PayeeMessage.Type</c>).</summary>
public enum PayeeType
{
    Tenant,
    AssociationTenant,
    AssociationOwner,
    RentalOwner,
    Vendor,
    Staff,
    Applicant,
}
