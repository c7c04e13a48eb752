namespace PropertyManager.Buildium.Common;

/// <summary>The <c>entitytype</c> filter of bills, tasks and work orders.</summary>
public enum AssociatedEntityType
{
    Rental,
    RentalOwner,
    Association,
}
