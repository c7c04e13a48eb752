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

    /// <summary>The kinds read under <paramref name="parentKind"/>'s records, and theirs in turn, parents first.</summary>
    public static IReadOnlyList<SyncKind> ChildrenOf(string parentKind) =>
        [.. Kinds.Where(k => string.Equals(k.ParentKind, parentKind, StringComparison.OrdinalIgnoreCase))
            .SelectMany(k => (IEnumerable<SyncKind>)[k, .. ChildrenOf(k.Name)])];

    /// <summary>
    /// After one record was read alone (a webhook, a record resync): its children, if the record changed. A run reads
    /// children only under parents whose record changed, so once the record is stored as it is no run would read them,
    /// and a new task's first history entry would never arrive.
    /// </summary>
    public static async Task PullChildrenOfChangedAsync(
        PullContext context, string kind, Func<string, KindCounts> countsFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(countsFor);
        foreach (var child in ChildrenOf(kind))
        {
            await child.Pull.PullAsync(context, PullWindow.Everything, countsFor(child.Name), cancellationToken);
        }
    }

    /// <summary>The kind's pull, for the engine's parts that only read.</summary>
    public static IPullKind? FindPull(string name) => Find(name)?.Pull;
}
