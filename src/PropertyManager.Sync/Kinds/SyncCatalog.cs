using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Kinds;

/// <summary>Every synced kind, in dependency order: parents before the records that reference them.</summary>
public static class SyncCatalog
{
    public static IReadOnlyList<IPullKind> Kinds { get; } =
    [
        AccountingKinds.GlAccounts(),
        AccountingKinds.BankAccounts(),
        PortfolioKinds.Properties(),
        PortfolioKinds.Units(),
        PortfolioKinds.Owners(),
        PortfolioKinds.Leases(),
        VendorKinds.VendorCategories(),
        VendorKinds.Vendors(),
        AccountingKinds.BillCategories(),
        BillKinds.Bills(),
        BillKinds.BillPayments(),
        TaskKinds.TaskCategories(),
        TaskKinds.Tasks(),
        TaskKinds.TaskHistory(),
        TaskKinds.TaskHistoryFiles(),
        WorkOrderKinds.WorkOrders(),
    ];

    public static IPullKind? Find(string name) =>
        Kinds.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}
