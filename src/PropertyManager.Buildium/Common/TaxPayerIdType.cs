namespace PropertyManager.Buildium.Common;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum TaxPayerIdType
{
    SSN,
    EIN,
}
