namespace PropertyManager.Buildium.LeaseLedger;

/// <summary>Buildium <c>LeaseChargeMessage</c> (read shape).</summary>
public sealed class LeaseChargeMessage
{
    public int Id { get; set; }

    public DateOnly Date { get; set; }

    public decimal TotalAmount { get; set; }

    public string? Memo { get; set; }

    public int? BillId { get; set; }

    public List<LeaseChargeLineMessage>? Lines { get; set; }
}
