using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;

namespace PropertyManager.Data.Integration;

/// <summary>
/// What Buildium can create and write, per synced kind: the one source of these facts. The outbox interceptor reads it
/// here (Data cannot reference Sync, and contexts built without DI must stay guarded); the sync's mappers
/// (<c>ReadOnlyFields</c> / <c>LocalOnlyFields</c>) and its pull read it through <c>PropertyManager.Sync.Mapping.FieldRules</c>.
/// </summary>
public static class SyncFieldRules
{
    public static IReadOnlyList<SyncKindRule> All { get; } =
    [
        new()
        {
            Kind = SyncEntityTypes.GlAccount, EntityType = typeof(GlAccount), Noun = "GL account",
            BuildiumIdProperty = nameof(GlAccount.BuildiumGlAccountId),
            ReadOnlyFields = Set(
                nameof(GlAccount.BuildiumGlAccountId), nameof(GlAccount.Type), nameof(GlAccount.IsDefaultGlAccount),
                nameof(GlAccount.DefaultAccountName), nameof(GlAccount.IsBankAccount), nameof(GlAccount.ExcludeFromCashBalances),
                nameof(GlAccount.IsActive), nameof(GlAccount.IsCreditCardAccount)),
        },
        new()
        {
            Kind = SyncEntityTypes.BankAccount, EntityType = typeof(BankAccount), Noun = "bank account",
            BuildiumIdProperty = nameof(BankAccount.BuildiumBankId),
            ReadOnlyFields = Set(nameof(BankAccount.BuildiumBankId), nameof(BankAccount.BuildiumBalance), nameof(BankAccount.IsActive), nameof(BankAccount.GlAccountId)),
            LocalOnlyFields = Set(nameof(BankAccount.Balance)),
        },
        new()
        {
            Kind = SyncEntityTypes.Property, EntityType = typeof(Property), Noun = "property",
            BuildiumIdProperty = nameof(Property.BuildiumPropertyId),
            ReadOnlyFields = Set(nameof(Property.BuildiumPropertyId), nameof(Property.PropertyType), nameof(Property.TotalUnits)),
            SpecialRequestFields = Set(nameof(Property.IsActive), nameof(Property.Status)),
            LocalOnlyFields = Set(
                nameof(Property.RentalOwnerIds), nameof(Property.SquareFootage), nameof(Property.Bedrooms), nameof(Property.Bathrooms),
                nameof(Property.BuildiumCreatedAt), nameof(Property.BuildiumUpdatedAt)),
        },
        new()
        {
            Kind = SyncEntityTypes.Unit, EntityType = typeof(Unit), Noun = "unit",
            BuildiumIdProperty = nameof(Unit.BuildiumUnitId),
            ReadOnlyFields = Set(nameof(Unit.BuildiumUnitId), nameof(Unit.PropertyId)),
            LocalOnlyFields = Set(nameof(Unit.UnitType), nameof(Unit.SquareFootage), nameof(Unit.IsActive), nameof(Unit.BuildiumCreatedAt), nameof(Unit.BuildiumUpdatedAt)),
        },
        new()
        {
            Kind = SyncEntityTypes.Owner, EntityType = typeof(Owner), Noun = "owner",
            BuildiumIdProperty = nameof(Owner.BuildiumOwnerId),
            ReadOnlyFields = Set(
                nameof(Owner.BuildiumOwnerId), nameof(Owner.IsActive), nameof(Owner.TaxPayerId), nameof(Owner.TaxId), nameof(Owner.TaxPayerType),
                nameof(Owner.TaxPayerName1), nameof(Owner.TaxPayerName2), nameof(Owner.TaxAddressLine1), nameof(Owner.TaxAddressLine2),
                nameof(Owner.TaxAddressLine3), nameof(Owner.TaxCity), nameof(Owner.TaxState), nameof(Owner.TaxPostalCode), nameof(Owner.TaxCountry)),
            LocalOnlyFields = Set(nameof(Owner.LastContacted), nameof(Owner.BuildiumCreatedAt), nameof(Owner.BuildiumUpdatedAt)),
            WriteOnlyFields = Set(nameof(Owner.DateOfBirth)),
        },
        new()
        {
            Kind = SyncEntityTypes.Lease, EntityType = typeof(Lease), Noun = "lease",
            BuildiumIdProperty = nameof(Lease.BuildiumLeaseId),
            ReadOnlyFields = Set(nameof(Lease.BuildiumLeaseId), nameof(Lease.Status), nameof(Lease.DepositAmt), nameof(Lease.PropertyId)),
            LocalOnlyFields = Set(nameof(Lease.Notes)),
        },
        new()
        {
            Kind = SyncEntityTypes.Tenant, EntityType = typeof(Tenant), Noun = "tenant",
            BuildiumIdProperty = nameof(Tenant.BuildiumTenantId),
            ReadOnlyFields = Set(nameof(Tenant.BuildiumTenantId), nameof(Tenant.BuildiumCreatedAt)),
            // Buildium has no active flag for tenants: a tenant it lists is active, one a full scan misses is not.
            LocalOnlyFields = Set(nameof(Tenant.IsActive)),
        },
        new()
        {
            Kind = SyncEntityTypes.LeaseRent, EntityType = typeof(LeaseRent), Noun = "rent schedule",
            BuildiumIdProperty = nameof(LeaseRent.BuildiumRentId),
            ReadOnlyFields = Set(nameof(LeaseRent.BuildiumRentId), nameof(LeaseRent.LeaseId)),
        },
        new()
        {
            Kind = SyncEntityTypes.LeaseTransaction, EntityType = typeof(LeaseTransaction), Noun = "lease transaction",
            BuildiumIdProperty = nameof(LeaseTransaction.BuildiumTransactionId),
            // Payments are received here and posted to Buildium; a ledger entry is never edited here (Buildium reverses one instead).
            CanUpdate = false,
            Reason = "Buildium changes a lease's ledger by reversing an entry; reverse it in Buildium and record a new payment",
            ReadOnlyFields = Set(nameof(LeaseTransaction.BuildiumTransactionId), nameof(LeaseTransaction.LeaseId)),
        },
        new()
        {
            Kind = SyncEntityTypes.VendorCategory, EntityType = typeof(VendorCategory), Noun = "vendor category",
            BuildiumIdProperty = nameof(VendorCategory.BuildiumCategoryId),
            ReadOnlyFields = Set(nameof(VendorCategory.BuildiumCategoryId)),
            LocalOnlyFields = Set(nameof(VendorCategory.Description), nameof(VendorCategory.IsActive)),
        },
        new()
        {
            Kind = SyncEntityTypes.Vendor, EntityType = typeof(Vendor), Noun = "vendor",
            BuildiumIdProperty = nameof(Vendor.BuildiumVendorId),
            ReadOnlyFields = Set(nameof(Vendor.BuildiumVendorId), nameof(Vendor.IsActive)),
        },
        new()
        {
            Kind = SyncEntityTypes.BillCategory, EntityType = typeof(BillCategory), Noun = "bill category",
            BuildiumIdProperty = nameof(BillCategory.BuildiumCategoryId),
            CanCreate = false, CanUpdate = false,
            Reason = "bill categories are GL accounts in Buildium; change the GL account in Buildium and sync",
            ReadOnlyFields = Set(nameof(BillCategory.BuildiumCategoryId), nameof(BillCategory.Name), nameof(BillCategory.Description), nameof(BillCategory.IsActive)),
        },
        new()
        {
            Kind = SyncEntityTypes.Bill, EntityType = typeof(Bill), Noun = "bill",
            BuildiumIdProperty = nameof(Bill.BuildiumBillId),
            ReadOnlyFields = Set(nameof(Bill.BuildiumBillId), nameof(Bill.Status)),
            LocalOnlyFields = Set(nameof(Bill.IsRecurring), nameof(Bill.RecurringSchedule)),
        },
        new()
        {
            Kind = SyncEntityTypes.BillPayment, EntityType = typeof(BillPayment), Noun = "bill payment",
            BuildiumIdProperty = nameof(BillPayment.BuildiumPaymentId),
            CanUpdate = false,
            Reason = "Buildium cannot update bill payments; void it in Buildium and record a new one",
            ReadOnlyFields = Set(
                nameof(BillPayment.BuildiumPaymentId), nameof(BillPayment.BillId), nameof(BillPayment.BankAccountId), nameof(BillPayment.Amount),
                nameof(BillPayment.Date), nameof(BillPayment.ReferenceNumber), nameof(BillPayment.Memo)),
        },
        new()
        {
            Kind = SyncEntityTypes.TaskCategory, EntityType = typeof(TaskCategory), Noun = "task category",
            BuildiumIdProperty = nameof(TaskCategory.BuildiumCategoryId),
            ReadOnlyFields = Set(nameof(TaskCategory.BuildiumCategoryId)),
            LocalOnlyFields = Set(nameof(TaskCategory.Description), nameof(TaskCategory.Color), nameof(TaskCategory.IsActive)),
        },
        new()
        {
            Kind = SyncEntityTypes.Task, EntityType = typeof(MaintenanceTask), Noun = "task",
            BuildiumIdProperty = nameof(MaintenanceTask.BuildiumTaskId),
            ReadOnlyFields = Set(nameof(MaintenanceTask.BuildiumTaskId), nameof(MaintenanceTask.Description)),
            LocalOnlyFields = Set(nameof(MaintenanceTask.EstimatedCost), nameof(MaintenanceTask.ActualCost), nameof(MaintenanceTask.CompletedDate), nameof(MaintenanceTask.Notes)),
        },
        new()
        {
            Kind = SyncEntityTypes.TaskHistory, EntityType = typeof(TaskHistory), Noun = "task history entry",
            BuildiumIdProperty = nameof(TaskHistory.BuildiumHistoryId),
            CanCreate = false,
            Reason = "Buildium writes a task's history itself when the task changes",
            ReadOnlyFields = Set(nameof(TaskHistory.BuildiumHistoryId), nameof(TaskHistory.TaskId), nameof(TaskHistory.Status), nameof(TaskHistory.AssignedTo), nameof(TaskHistory.CompletedDate)),
        },
        new()
        {
            Kind = SyncEntityTypes.TaskHistoryFile, EntityType = typeof(TaskHistoryFile), Noun = "task history file",
            BuildiumIdProperty = nameof(TaskHistoryFile.BuildiumFileId),
            CanCreate = false, CanUpdate = false,
            Reason = "files are uploaded to a task's history in Buildium",
            ReadOnlyFields = Set(
                nameof(TaskHistoryFile.BuildiumFileId), nameof(TaskHistoryFile.TaskHistoryId), nameof(TaskHistoryFile.FileName),
                nameof(TaskHistoryFile.FileType), nameof(TaskHistoryFile.FileSize), nameof(TaskHistoryFile.FileUrl)),
            LocalOnlyFields = Set(nameof(TaskHistoryFile.Description)),
        },
        new()
        {
            Kind = SyncEntityTypes.WorkOrder, EntityType = typeof(WorkOrder), Noun = "work order",
            BuildiumIdProperty = nameof(WorkOrder.BuildiumWorkOrderId),
            ReadOnlyFields = Set(
                nameof(WorkOrder.BuildiumWorkOrderId), nameof(WorkOrder.Priority), nameof(WorkOrder.Status), nameof(WorkOrder.ScheduledDate),
                nameof(WorkOrder.ActualCost), nameof(WorkOrder.PropertyId), nameof(WorkOrder.UnitId)),
            LocalOnlyFields = Set(nameof(WorkOrder.AssignedTo), nameof(WorkOrder.EstimatedCost), nameof(WorkOrder.CompletedDate), nameof(WorkOrder.Category), nameof(WorkOrder.Notes)),
        },
    ];

    private static readonly Dictionary<Type, SyncKindRule> s_byType = All.ToDictionary(r => r.EntityType);
    private static readonly Dictionary<string, SyncKindRule> s_byKind = All.ToDictionary(r => r.Kind, StringComparer.Ordinal);

    public static SyncKindRule? For(Type entityType) => s_byType.GetValueOrDefault(entityType);

    public static SyncKindRule? For(string kind) => s_byKind.GetValueOrDefault(kind);

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);
}
