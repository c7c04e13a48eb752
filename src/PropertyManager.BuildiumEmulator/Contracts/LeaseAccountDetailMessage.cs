namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseAccountDetailMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseAccountDetailMessage
{
    public double? SecurityDeposit { get; set; }

    public double? Rent { get; set; }
}
