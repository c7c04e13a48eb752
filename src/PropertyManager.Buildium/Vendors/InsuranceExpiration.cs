namespace PropertyManager.Buildium.Vendors;

/// <summary>Insurance-expiration filter of vendors.</summary>
public enum InsuranceExpiration
{
    Expired,
    ThirtyDaysOrLess,
    SixtyDaysOrLess,
    NinetyDaysOrLess,
    None,
    Any,
}
