using PropertyManager.Sync.Accounting;
using PropertyManager.Sync.Maintenance;
using PropertyManager.Sync.Payables;
using PropertyManager.Sync.Portfolio;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Receivables;

namespace PropertyManager.Sync.Catalog;

/// <summary>
/// Every synced kind, in dependency order: parents before the records that reference them. The pull order, the push
/// order and dispatch, the webhook routes and the cached endpoints are all read from here.
/// </summary>
public static class SyncCatalog
{
    public static IReadOnlyList<SyncKind> Kinds { get; } =
    [
        AccountingKinds.GlAccounts(),
        AccountingKinds.BankAccounts(),
        PortfolioKinds.Properties(),
        PortfolioKinds.Units(),
        PortfolioKinds.Owners(),
        PortfolioKinds.Leases(),
        PortfolioKinds.Tenants(),
        ReceivablesKinds.LeaseRents(),
        ReceivablesKinds.LeaseBalances(),
        ReceivablesKinds.LeaseTransactions(),
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

    /// <summary>
    /// The order a run pulls in: every kind's list pages before any read under a parent (a bill's payments, a task's
    /// history), so on a large account's first sync every list of the app has data after the list pages (~130 calls),
    /// not after the ~50,000 per-parent reads. Children keep their relative order (files after their history).
    /// </summary>
    public static IReadOnlyList<SyncKind> PullOrder { get; } =
        [.. Kinds.Where(k => !k.ReadUnderParents), .. Kinds.Where(k => k.ReadUnderParents)];

    /// <summary>The kinds pushed to Buildium, in dependency order: a new property reaches Buildium before its units, a vendor before its bills.</summary>
    public static IReadOnlyList<string> PushOrder { get; } = [.. Kinds.Where(k => k.Push is not null).Select(k => k.Name)];

    private static readonly Dictionary<string, SyncKind> _byName = Kinds.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);

    public static SyncKind? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The kind's pull, for the engine's parts that only read.</summary>
    public static IPullKind? FindPull(string name) => Find(name)?.Pull;
}
