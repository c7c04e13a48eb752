namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium enumeration (a recurring charge's <c>Duration</c>); travels as its member name.</summary>
public enum RecurringChargeDuration
{
    UntilEndOfTerm,
    SpecificNumber,
}
