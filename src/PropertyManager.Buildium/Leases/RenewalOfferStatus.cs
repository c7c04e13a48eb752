namespace PropertyManager.Buildium.Leases;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum RenewalOfferStatus
{
    NotSet,
    NotStarted,
    Generated,
    Declined,
    Renewed,
    Draft,
#pragma warning disable CA1720 // Buildium's own value name; it must match the wire text.
    Unsigned,
#pragma warning restore CA1720
    PartiallySigned,
    Countersign,
    Activated,
    Sent,
    Accepted,
}
