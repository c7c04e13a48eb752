namespace PropertyManager.BuildiumEmulator.Contracts;

// Wire shape of Buildium's "LeaseChargeMessage" schema (shared/buildium/openapi.json).
internal sealed class LeaseChargeMessage
{
    public int? Id { get; set; }

    public DateOnly? Date { get; set; }

    public double? TotalAmount { get; set; }

    public string? Memo { get; set; }

    public int? BillId { get; set; }

    public List<LeaseChargeLineMessage>? Lines { get; set; }
}
