namespace PropertyManager.Buildium.WorkOrders;

/// <summary>Copies a work order as read into the full PUT message, which replaces all line items.</summary>
public static class WorkOrderMapping
{
    public static WorkOrderPutMessage ToPutMessage(this WorkOrderMessage workOrder)
    {
        ArgumentNullException.ThrowIfNull(workOrder);
        return new WorkOrderPutMessage
        {
            Title = workOrder.Title,
            WorkDetails = workOrder.WorkDetails,
            InvoiceNumber = workOrder.InvoiceNumber,
            ChargeableTo = workOrder.ChargeableTo,
            EntryAllowed = workOrder.EntryAllowed,
            EntryNotes = workOrder.EntryNotes,
            VendorId = workOrder.VendorId,
            VendorNotes = workOrder.VendorNotes,
            EntryContactId = workOrder.EntryContact?.Id,
            EntryContactIds = workOrder.EntryContacts?.Select(c => c.Id).ToList(),
            LineItems = workOrder.LineItems?
                .Select(l => new WorkOrderLineItemSaveMessage { GlAccountId = l.GlAccountId, Quantity = l.Quantity, Memo = l.Memo, UnitPrice = l.UnitPrice })
                .ToList(),
        };
    }
}
