namespace PropertyManager.Buildium.Bills;

/// <summary>Paid-status filter of bills (a bill has no status field of its own).</summary>
public enum BillPaidStatus
{
    Paid,
    Unpaid,
    UncollectedMarkups,
}
