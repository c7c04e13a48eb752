namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum AccountingEntityType
{
    Association,
    Rental,
    Company,
}
