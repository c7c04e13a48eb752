namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>BillLinePostMessage</c> (write shape).</summary>
public sealed class BillLinePostMessage
{
    public required AccountingEntitySaveMessage AccountingEntity { get; set; }

    public required int GlAccountId { get; set; }

    public required decimal Amount { get; set; }

    public BillMarkupSaveMessage? Markup { get; set; }

    public string? Memo { get; set; }
}
