namespace PropertyManager.Data.Integration;

/// <summary>Values of <c>buildium_sync_status.entity_type</c>, one per synced table.</summary>
public static class SyncEntityTypes
{
    public const string Property = "property";
    public const string Unit = "unit";
    public const string Owner = "owner";
    public const string Lease = "lease";
    public const string Tenant = "tenant";
    public const string LeaseRent = "lease_rent";
    public const string LeaseTransaction = "lease_transaction";
    public const string BankAccount = "bank_account";
    public const string GlAccount = "gl_account";
    public const string Vendor = "vendor";
    public const string VendorCategory = "vendor_category";
    public const string Bill = "bill";
    public const string BillCategory = "bill_category";
    public const string BillPayment = "bill_payment";
    public const string Task = "task";
    public const string TaskCategory = "task_category";
    public const string TaskHistory = "task_history";
    public const string TaskHistoryFile = "task_history_file";
    public const string WorkOrder = "work_order";
}
