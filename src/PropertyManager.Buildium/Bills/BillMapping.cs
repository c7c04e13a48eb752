namespace PropertyManager.Buildium.Bills;

/// <summary>
/// Copies a bill as read into the full PUT message, keeping line ids so existing lines are updated
/// rather than replaced. <c>WorkOrderId</c> is not in Buildium's PUT message.
/// </summary>
public static class BillMapping
{
    public static BillPutMessage ToPutMessage(this BillMessage bill)
    {
        ArgumentNullException.ThrowIfNull(bill);
        return new BillPutMessage
        {
            Date = bill.Date,
            DueDate = bill.DueDate,
            Memo = bill.Memo,
            VendorId = bill.VendorId,
            ReferenceNumber = bill.ReferenceNumber,
            Lines = bill.Lines?.Select(ToPutLine).ToList(),
        };
    }

    private static BillLinePutMessage ToPutLine(BillLineMessage line) => new()
    {
        Id = line.Id,
        AccountingEntity = new AccountingEntitySaveMessage
        {
            Id = line.AccountingEntity?.Id ?? 0,
            AccountingEntityType = line.AccountingEntity?.AccountingEntityType ?? default,
            UnitId = line.AccountingEntity?.Unit?.Id,
        },
        GlAccountId = line.GLAccount?.Id ?? 0,
        Amount = line.Amount,
        Markup = line.Markup is { } markup ? new BillMarkupSaveMessage { Amount = markup.Amount, Type = markup.Type } : null,
        Memo = line.Memo,
    };
}
