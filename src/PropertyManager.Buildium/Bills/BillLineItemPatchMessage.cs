namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillLineItemPatchMessage</c> (write shape).</summary>
public sealed class BillLineItemPatchMessage
{
    public int? Id { get; set; }

    public AccountingEntityPatchMessage? AccountingEntity { get; set; }

    public int? GlAccountId { get; set; }

    public decimal? Amount { get; set; }

    public BillMarkupPatchMessage? Markup { get; set; }

    public string? Memo { get; set; }
}
