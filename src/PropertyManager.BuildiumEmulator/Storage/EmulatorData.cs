using System.Collections.Concurrent;
using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Files;
using PropertyManager.BuildiumEmulator.Tasks;

namespace PropertyManager.BuildiumEmulator.Storage;

/// <summary>All of the emulated account's data: one store per kind plus id sequences for nested rows.</summary>
internal sealed class EmulatorData
{
    public EmulatorData()
    {
        Tenants = new(TenantIds);
    }

    public RecordStore<RentalMessage> Rentals { get; } = new(1_000);

    public RecordStore<RentalUnitMessage> Units { get; } = new(20_000);

    public RecordStore<RentalOwnerMessage> Owners { get; } = new(50_000);

    public RecordStore<LeaseMessage> Leases { get; } = new(100_000);

    public RecordStore<BankAccountMessage> BankAccounts { get; } = new(900);

    public RecordStore<GLAccountMessage> GlAccounts { get; } = new(1);

    public RecordStore<VendorCategoryMessage> VendorCategories { get; } = new(300);

    public RecordStore<VendorMessage> Vendors { get; } = new(3_000);

    public RecordStore<BillMessage> Bills { get; } = new(200_000);

    public RecordStore<BillPaymentMessage> BillPayments { get; } = new(300_000);

    public RecordStore<TaskCategoryMessage> TaskCategories { get; } = new(100);

    public RecordStore<TaskRecord> Tasks { get; } = new(400_000);

    public RecordStore<TaskHistoryMessage> TaskHistory { get; } = new(500_000);

    public RecordStore<TaskHistoryFileMessage> TaskHistoryFiles { get; } = new(700_000);

    public RecordStore<WorkOrderMessage> WorkOrders { get; } = new(800_000);

    public RecordStore<UserMessage> Users { get; } = new(1);

    public IdSequence TenantIds { get; } = new(60_000);

    /// <summary>Tenants draw their ids from <see cref="TenantIds"/>, which seeds and lease creation share.</summary>
    public RecordStore<TenantMessage> Tenants { get; }

    /// <summary>Rent schedules, each under its lease.</summary>
    public RecordStore<RentMessage> Rents { get; } = new(2_000_000);

    /// <summary>Lease ledger entries (charges, payments), each under its lease.</summary>
    public RecordStore<LeaseTransactionMessage> LeaseTransactions { get; } = new(3_000_000);

    /// <summary>Renewal terms, each under its lease.</summary>
    public RecordStore<LeaseRenewalMessage> LeaseRenewals { get; } = new(4_000_000);

    public IdSequence RentChargeIds { get; } = new(2_500_000);

    public IdSequence CosignerIds { get; } = new(95_000);

    public IdSequence BillLineIds { get; } = new(1_000_000);

    public IdSequence TaskSubCategoryIds { get; } = new(150);

    /// <summary>File bytes by physical file name (files without bytes serve generated content).</summary>
    public ConcurrentDictionary<string, byte[]> FileContents { get; } = new(StringComparer.Ordinal);

    /// <summary>Presigned-style upload and download tickets by token.</summary>
    public ConcurrentDictionary<string, StorageTicket> StorageTickets { get; } = new(StringComparer.Ordinal);

    public void Clear()
    {
        Rentals.Clear();
        Units.Clear();
        Owners.Clear();
        Leases.Clear();
        BankAccounts.Clear();
        GlAccounts.Clear();
        VendorCategories.Clear();
        Vendors.Clear();
        Bills.Clear();
        BillPayments.Clear();
        TaskCategories.Clear();
        Tasks.Clear();
        TaskHistory.Clear();
        TaskHistoryFiles.Clear();
        WorkOrders.Clear();
        Users.Clear();
        Tenants.Clear();
        Rents.Clear();
        LeaseTransactions.Clear();
        LeaseRenewals.Clear();
        RentChargeIds.Reset();
        TenantIds.Reset();
        CosignerIds.Reset();
        BillLineIds.Reset();
        TaskSubCategoryIds.Reset();
        FileContents.Clear();
        StorageTickets.Clear();
    }
}
