using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Bills;
using PropertyManager.Buildium.Errors;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Pull;
using PropertyManager.Sync.Webhooks;

namespace PropertyManager.Sync.Payables;

/// <summary>
/// Bills and their payments. Buildium has no updated-since filter for either: between full scans of bills, the general
/// ledger's transactions (<see cref="BillLedger"/>) name the bills that changed and the vendors that were paid.
/// </summary>
internal static class BillKinds
{
    private const string PaidSums = "bill.paid_locally";
    private const int PaidQueriesBeforeAll = 8;

    public static SyncKind Bills() => new(new PullKind<BillMessage, Bill>
    {
        Name = SyncEntityTypes.Bill,
        Filter = IncrementalFilter.Ledger,
        Fetch = (context, window, ct) => window.Since is { } since
            ? ChangedBillsAsync(context, since, ct)
            : context.Client.Bills.ListAsync(cancellationToken: ct),
        FetchOne = (context, id, ct) => context.Client.Bills.GetAsync(id, ct),
        Id = m => m.Id,
        Map = (dto, entity) => BillMapper.ToLocal(dto, entity),
        Parents = BillMapper.Parents,
        Resolve = async (context, dto, entity, ct) =>
        {
            entity.CategoryId = await CategoryGuard.KnownAsync<BillCategory>(context, entity.CategoryId, ct);
            entity.Status = BillMapper.Status(dto, await PaidLocallyAsync(context, dto.Id, ct));
        },
    })
    {
        Push = (pusher, item, ct) => new PayablesPush(pusher).PushBillAsync(item, ct),
        Webhooks = [new WebhookRoute("Bill", "BillId")],
    };

    /// <summary>
    /// Payments live under their bill (Buildium has no account-wide list): read for bills that changed in this run or
    /// whose payments were not read since they last changed (a run stopped part-way), and,
    /// since a partial payment leaves its bill untouched, for the open bills of every vendor the ledger shows paid since
    /// the kind's cursor. Each batch then sets its bills' status from their payments.
    /// </summary>
    public static SyncKind BillPayments() => new(new PullKind<ChildRecord<BillPaymentMessage>, BillPayment>
    {
        Name = SyncEntityTypes.BillPayment,
        Filter = IncrementalFilter.Child,
        Fetch = PaymentsOfChangedBillsAsync,
        Id = c => c.Item.Id,
        Map = (c, entity) => BillPaymentMapper.ToLocal(c.Item, entity),
        Parents = c => BillPaymentMapper.Parents(c.Item) with { BillId = c.ParentId },
        ParentKind = SyncEntityTypes.Bill,
        AfterBatch = (context, rows, _, ct) => StatusFromPaymentsAsync(context, [.. rows.Select(r => r.Entity.BillId).OfType<Guid>().Distinct()], ct),
    })
    {
        Push = (pusher, item, ct) => new PayablesPush(pusher).PushBillPaymentAsync(item, ct),
        Webhooks = [new WebhookRoute("Bill.Payment", "BillIds", "PaymentId", IdArray: true)],
    };

    /// <summary>The bills whose ledger transaction changed since <paramref name="since"/>, each read by id.</summary>
    private static async IAsyncEnumerable<BillMessage> ChangedBillsAsync(
        PullContext context, DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var billIds = BillLedger.BillIds(await BillLedger.ChangedSinceAsync(context, since, cancellationToken));
        await foreach (var bill in ChildFetch.ForEachParentAsync(billIds, ReadIfThereAsync, context.ChildConcurrency, cancellationToken: cancellationToken))
        {
            yield return bill;
        }

        // A bill deleted since its transaction was listed is left to the next full scan, which marks it.
        async IAsyncEnumerable<BillMessage> ReadIfThereAsync(int billId, [EnumeratorCancellation] CancellationToken ct)
        {
            BillMessage bill;
            try
            {
                bill = await context.Client.Bills.GetAsync(billId, ct);
            }
            catch (BuildiumNotFoundException)
            {
                yield break;
            }

            yield return bill;
        }
    }

    /// <summary>
    /// A payment changes what a bill still owes, and a partial one changes nothing in the bill's record, so the status
    /// (<see cref="BillMapper.Status(decimal, decimal?, bool)"/>) is set again from the local payments of the batch's
    /// bills; one Buildium marks paid stays paid.
    /// </summary>
    private static async Task StatusFromPaymentsAsync(PullContext context, Guid[] billIds, CancellationToken cancellationToken)
    {
        // Payments were written: sums kept for the bills' Resolve no longer hold.
        context.Items.Remove(PaidSums);
        if (billIds.Length == 0)
        {
            return;
        }

        var bills = await context.Db.Bills.AsNoTracking()
            .Where(b => billIds.Contains(b.Id) && b.Status != BillStatuses.Paid)
            .Select(b => new { b.Id, b.Amount, b.Status, Paid = b.Payments.Sum(p => p.Amount) })
            .ToListAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        foreach (var change in bills
            .Select(b => (b.Id, b.Status, New: BillMapper.Status(b.Amount ?? 0m, b.Paid)))
            .Where(b => b.New != b.Status)
            .GroupBy(b => b.New, b => b.Id))
        {
            var ids = change.ToArray();
            await context.Db.Bills.Where(b => ids.Contains(b.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, change.Key).SetProperty(b => b.UpdatedAt, now), cancellationToken);
        }
    }

    /// <summary>
    /// Buildium's bill message has no paid amount (only <c>PaidDate</c> once fully paid), so a partly paid bill would
    /// be pulled as Unpaid: its status is derived from the payments stored locally for it instead.
    /// </summary>
    /// <summary>
    /// What the payments held here add up to for one bill. A webhook asks for one bill; a list asks for thousands, and
    /// a query per bill was most of the bills' list time (18.9 s for 30,000 on the large seed): after the first few of
    /// a context, every bill's sum is read in one grouped query and kept until payments are written.
    /// </summary>
    private static async Task<decimal?> PaidLocallyAsync(PullContext context, int buildiumBillId, CancellationToken cancellationToken)
    {
        if (context.Items.TryGetValue(PaidSums, out var memo) && memo is Dictionary<int, decimal> sums)
        {
            return sums.TryGetValue(buildiumBillId, out var sum) ? sum : null;
        }

        var asked = memo is int count ? count + 1 : 1;
        if (asked <= PaidQueriesBeforeAll)
        {
            context.Items[PaidSums] = asked;
            return await context.Db.BillPayments
                .Where(p => context.Db.Bills.Any(b => b.Id == p.BillId && b.BuildiumBillId == buildiumBillId))
                .SumAsync(p => p.Amount, cancellationToken);
        }

        var all = await context.Db.BillPayments.AsNoTracking()
            .Where(p => p.Bill!.BuildiumBillId != null && p.Amount != null)
            .GroupBy(p => p.Bill!.BuildiumBillId!.Value)
            .Select(g => new { Bill = g.Key, Paid = g.Sum(p => p.Amount!.Value) })
            .ToDictionaryAsync(g => g.Bill, g => g.Paid, cancellationToken);
        context.Items[PaidSums] = all;
        return all.TryGetValue(buildiumBillId, out var paid) ? paid : null;
    }

    private static async IAsyncEnumerable<ChildRecord<BillPaymentMessage>> PaymentsOfChangedBillsAsync(
        PullContext context, PullWindow window, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var billIds = new HashSet<int>(context.ChangedIn(SyncEntityTypes.Bill));
        if (window.Since is { } since)
        {
            var transactions = await BillLedger.ChangedSinceAsync(context, since, cancellationToken);
            billIds.UnionWith(await BillLedger.OpenBillsOfPaidVendorsAsync(context, transactions, cancellationToken));
        }

        await foreach (var payment in ChildFetch.ForEachParentAsync(
            await UnpaidFirstAsync(context, billIds, cancellationToken),
            (billId, ct) => context.Client.Bills.ListPaymentsAsync(billId, ct).Select(payment => new ChildRecord<BillPaymentMessage>(billId, payment)),
            context.ChildConcurrency,
            context.Progress,
            context.ChildReads,
            billId => billId,
            context.Pause,
            cancellationToken))
        {
            yield return payment;
        }
    }

    /// <summary>
    /// On a first sync of a large account the payments take most of an hour at Buildium's rate: the bills people act
    /// on (not yet paid) get theirs first, paid ones after.
    /// </summary>
    private static async Task<List<int>> UnpaidFirstAsync(PullContext context, IReadOnlyCollection<int> billIds, CancellationToken cancellationToken)
    {
        var ids = billIds.ToArray();
        var paid = (await context.Db.Bills.AsNoTracking()
            .Where(b => b.BuildiumBillId != null && ids.Contains(b.BuildiumBillId.Value) && b.Status == BillStatuses.Paid)
            .Select(b => b.BuildiumBillId!.Value)
            .ToListAsync(cancellationToken)).ToHashSet();
        return [.. ids.OrderBy(paid.Contains).ThenBy(id => id)];
    }
}
