namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "OutstandingBalancesLineMessage" schema (shared/buildium/openapi.json).
internal sealed class OutstandingBalancesLineMessage
{
    public int? GlAccountId { get; set; }

    public double? TotalBalance { get; set; }
}
