namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum SmsOptInStatus
{
    NotSet,
    RequestSent,
    OptedIn,
    OptedOut,
    Converted,
}
