using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.GeneralLedger;
using PropertyManager.Data.Bills;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Payables;

/// <summary>
/// What changed among bills and their payments since a time, from <c>GET /v1/generalledger/transactions</c>
/// (<c>lastupdatedfrom</c>): Buildium's only changed-since filter over them. A bill is a transaction of type
/// <c>Bill</c> with the bill's id; a payment is a transaction paid to a vendor, which does not say which bill it paid
/// (and a partial payment leaves the bill itself untouched), so its vendor's open bills are the candidates.
/// </summary>
internal static class BillLedger
{
    /// <summary>
    /// Buildium requires a transaction date range; a bill or payment may be dated any time (back-dated entries are
    /// what a last-updated filter is for), so the range spans every plausible date while staying a valid SQL date.
    /// </summary>
    private static readonly DateOnly _firstDate = new(1900, 1, 1);
    private static readonly DateOnly _lastDate = new(2099, 12, 31);

    /// <summary>GL account ids per request, keeping a large chart's query string well under URL limits.</summary>
    private const int AccountsPerRequest = 100;

    private const string Memo = "bill_ledger";

    /// <summary>
    /// Transactions updated since <paramref name="since"/> on any GL account known locally (the run pulls GL accounts
    /// first). Read once per run: a later caller whose window starts no earlier reuses the earlier read.
    /// </summary>
    public static async Task<IReadOnlyList<GeneralLedgerTransactionMessage>> ChangedSinceAsync(
        PullContext context, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (context.Items.TryGetValue(Memo, out var memo) && memo is LedgerRead read && read.Since <= since)
        {
            return read.Transactions;
        }

        var accounts = await context.Db.GlAccounts.AsNoTracking()
            .Select(g => g.BuildiumGlAccountId)
            .Order()
            .ToListAsync(cancellationToken);
        var transactions = new Dictionary<int, GeneralLedgerTransactionMessage>();
        foreach (var chunk in accounts.Chunk(AccountsPerRequest))
        {
            var filter = new GeneralLedgerTransactionListFilter
            {
                StartDate = _firstDate,
                EndDate = _lastDate,
                GlAccountIds = chunk,
                LastUpdatedFrom = since,
            };
            await foreach (var transaction in context.Client.GeneralLedger.ListTransactionsAsync(filter, cancellationToken))
            {
                transactions[transaction.Id] = transaction;
            }
        }

        var result = transactions.Values.OrderBy(t => t.Id).ToList();
        context.Items[Memo] = new LedgerRead(since, result);
        return result;
    }

    /// <summary>Ids of bills whose transaction changed.</summary>
    public static IReadOnlyList<int> BillIds(IEnumerable<GeneralLedgerTransactionMessage> transactions) =>
        [.. transactions.Where(t => t.TransactionType.Is(TransactionType.Bill)).Select(t => t.Id).Distinct().Order()];

    /// <summary>
    /// Buildium ids of the open (not fully paid) local bills of every vendor paid in <paramref name="transactions"/>:
    /// the bills a payment among them may have paid.
    /// </summary>
    public static async Task<IReadOnlyList<int>> OpenBillsOfPaidVendorsAsync(
        PullContext context, IEnumerable<GeneralLedgerTransactionMessage> transactions, CancellationToken cancellationToken)
    {
        var vendors = transactions
            .Where(t => !t.TransactionType.Is(TransactionType.Bill) && t.PaymentDetail?.Payee is { } payee && payee.Type.Is(PayeeType.Vendor))
            .Select(t => (int?)t.PaymentDetail!.Payee!.Id)
            .Distinct()
            .ToArray();
        if (vendors.Length == 0)
        {
            return [];
        }

        return await context.Db.Bills.AsNoTracking()
            .Where(b => b.BuildiumBillId != null && b.Status != BillStatuses.Paid && vendors.Contains(b.Vendor!.BuildiumVendorId))
            .Select(b => b.BuildiumBillId!.Value)
            .ToListAsync(cancellationToken);
    }

    private sealed record LedgerRead(DateTimeOffset Since, IReadOnlyList<GeneralLedgerTransactionMessage> Transactions);
}
