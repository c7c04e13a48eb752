using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Bills;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Pull;

namespace PropertyManager.Sync.Kinds;

/// <summary>Bills (full scans: Buildium has no updated-since filter for them) and their payments.</summary>
internal static class BillKinds
{
    public static IPullKind Bills() => new PullKind<BillMessage, Bill>
    {
        Name = SyncEntityTypes.Bill,
        Filter = IncrementalFilter.None,
        Table = "bills",
        KeyColumn = "buildium_bill_id",
        KeyProperty = nameof(Bill.BuildiumBillId),
        Fetch = (context, _, ct) => context.Client.Bills.ListAsync(cancellationToken: ct),
        FetchOne = (context, id, ct) => context.Client.Bills.GetAsync(id, ct),
        Id = m => m.Id,
        Map = (dto, entity) => BillMapper.ToLocal(dto, entity),
        Parents = BillMapper.Parents,
        Resolve = async (context, dto, entity, ct) =>
        {
            entity.CategoryId = await CategoryGuard.KnownAsync(context, "bill_categories", entity.CategoryId, ct);
            entity.Status = BillMapper.Status(dto, await PaidLocallyAsync(context, dto.Id, ct));
        },
        LocalOnly = BillMapper.LocalOnlyFields,
    };

    /// <summary>Payments live under their bill: read only for bills that changed in this run (a payment changes its bill).</summary>
    public static IPullKind BillPayments() => new PullKind<ChildRecord<BillPaymentMessage>, BillPayment>
    {
        Name = SyncEntityTypes.BillPayment,
        Filter = IncrementalFilter.Child,
        Table = "bill_payments",
        KeyColumn = "buildium_payment_id",
        KeyProperty = nameof(BillPayment.BuildiumPaymentId),
        Fetch = (context, _, ct) => PaymentsOfChangedBillsAsync(context, ct),
        Id = c => c.Item.Id,
        Map = (c, entity) => BillPaymentMapper.ToLocal(c.Item, entity),
        Parents = c => BillPaymentMapper.Parents(c.Item) with { BillId = c.ParentId },
        LocalOnly = BillPaymentMapper.LocalOnlyFields,
    };

    /// <summary>
    /// Buildium's bill message has no paid amount (only <c>PaidDate</c> once fully paid), so a partly paid bill would
    /// be pulled as Unpaid: its status is derived from the payments stored locally for it instead.
    /// </summary>
    private static async Task<decimal?> PaidLocallyAsync(PullContext context, int buildiumBillId, CancellationToken cancellationToken) =>
        await context.Db.BillPayments
            .Where(p => context.Db.Bills.Any(b => b.Id == p.BillId && b.BuildiumBillId == buildiumBillId))
            .SumAsync(p => p.Amount, cancellationToken);

    private static IAsyncEnumerable<ChildRecord<BillPaymentMessage>> PaymentsOfChangedBillsAsync(PullContext context, CancellationToken cancellationToken) =>
        ChildFetch.ForEachParentAsync(
            context.ChangedIn(SyncEntityTypes.Bill).Order().ToList(),
            (billId, ct) => context.Client.Bills.ListPaymentsAsync(billId, ct).Select(payment => new ChildRecord<BillPaymentMessage>(billId, payment)),
            context.ChildConcurrency,
            cancellationToken,
            context.Progress);
}
