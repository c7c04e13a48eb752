namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseChargeLineMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseChargeLineMessage
{
    public double? Amount { get; set; }

    public int? GLAccountId { get; set; }
}
