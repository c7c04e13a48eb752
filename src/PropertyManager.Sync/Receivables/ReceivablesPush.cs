using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Sync.Push;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Receivables;

/// <summary>Rent schedules (created with their lease) and payments received here, posted to the lease's ledger.</summary>
internal sealed class ReceivablesPush(RecordPusher pusher) : KindPush(pusher)
{
    /// <summary>
    /// A schedule is created with its lease (the lease's POST carries it and adopts its id); a schedule in Buildium is
    /// changed there, where its charges are, and pulled.
    /// </summary>
    internal async Task<int> PushLeaseRentAsync(PushItem item, CancellationToken cancellationToken)
    {
        var rent = await Db.LeaseRents.AsNoTracking().Include(r => r.Lease).SingleOrDefaultAsync(r => r.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (rent.BuildiumRentId is { } id and > 0)
        {
            throw new PushRejectedException("A rent schedule in Buildium is changed in Buildium: change it there and sync.");
        }

        // A renewal's term goes with the lease's renewal POST (the lease's push), which adopts its id.
        if (rent.Lease is { } lease && LeaseRenewal.IsPendingTerm(rent, lease))
        {
            throw Waiting("lease renewal");
        }

        throw rent.Lease?.BuildiumLeaseId is not > 0
            ? Waiting("lease")
            : new PushRejectedException("Buildium takes a new rent schedule with its lease: add schedules to an existing lease in Buildium and sync.");
    }

    /// <summary>
    /// A payment received here: <c>POST /v1/leases/{id}/payments</c>, its amount spread over what the lease owes per GL
    /// account (as Buildium lists it), oldest account first; what is left over (a prepayment) goes to the rent's account.
    /// </summary>
    internal async Task<int> PushPaymentAsync(PushItem item, CancellationToken cancellationToken)
    {
        var payment = await Db.LeaseTransactions.AsNoTracking().Include(t => t.Lease).Include(t => t.PayeeTenant)
            .SingleOrDefaultAsync(t => t.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (payment.BuildiumTransactionId is { } known and > 0)
        {
            return known;
        }

        if (!string.Equals(payment.TransactionType, nameof(LeaseTransactionType.Payment), StringComparison.Ordinal))
        {
            throw new PushRejectedException("Only payments are received here; charges and credits are entered in Buildium.");
        }

        if (payment.Lease?.BuildiumLeaseId is not > 0 || payment.Lease.BuildiumLeaseId is not { } leaseId)
        {
            throw Waiting("lease");
        }

        if (payment.Date is not { } date || payment.TotalAmount <= 0)
        {
            throw new PushRejectedException("A payment needs a date and an amount greater than zero.");
        }

        var post = new LeaseLedgerPaymentPostMessage
        {
            Date = date,
            PaymentMethod = ToEnum(payment.PaymentMethod, PaymentMethod.Check),
            PayeeUserId = payment.PayeeTenant?.BuildiumTenantId is > 0 and var payee ? payee : null,
            Memo = NullIfBlank(payment.Memo),
            ReferenceNumber = NullIfBlank(payment.CheckNumber),
            SendEmailReceipt = false,
            Lines = await LinesAsync(payment.LeaseId, leaseId, payment.TotalAmount, cancellationToken),
        };
        var id = await CreateOnceAsync(
            item,
            async () => await Client.LeaseTransactions.ListAsync(
                    leaseId, new LeaseTransactionListFilter { TransactionDateFrom = date, TransactionDateTo = date, TransactionTypes = [LeaseTransactionType.Payment] }, cancellationToken)
                .Where(t => t.TotalAmount == payment.TotalAmount && Matches(t.Journal?.Memo, post.Memo))
                .Select(t => (int?)t.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.LeaseTransactions.CreatePaymentAsync(leaseId, post, cancellationToken)).Id);
        await StoreBuildiumIdAsync(SyncEntityTypes.LeaseTransaction, payment.Id, id, cancellationToken);
        return id;
    }

    private async Task<List<LeaseLedgerPaymentLineSaveMessage>> LinesAsync(long localLeaseId, int leaseId, decimal amount, CancellationToken cancellationToken)
    {
        var lines = new List<LeaseLedgerPaymentLineSaveMessage>();
        var left = amount;
        var owed = await Client.OutstandingBalances.ListAsync(new OutstandingBalanceListFilter { LeaseIds = [leaseId] }, cancellationToken)
            .SelectMany(b => (b.Balances ?? []).ToAsyncEnumerable())
            .Where(b => b.TotalBalance > 0)
            .ToListAsync(cancellationToken);
        foreach (var balance in owed)
        {
            if (left <= 0)
            {
                break;
            }

            var part = Math.Min(left, balance.TotalBalance);
            lines.Add(new LeaseLedgerPaymentLineSaveMessage { Amount = part, GLAccountId = balance.GlAccountId });
            left -= part;
        }

        if (left > 0)
        {
            var rentAccount = await Db.LeaseRentCharges.AsNoTracking()
                .Where(c => c.Rent!.LeaseId == localLeaseId && c.GlAccount != null)
                .OrderByDescending(c => c.Rent!.StartDate)
                .Select(c => (int?)c.GlAccount!.BuildiumGlAccountId)
                .FirstOrDefaultAsync(cancellationToken);
            var account = rentAccount ?? lines.LastOrDefault()?.GLAccountId
                ?? throw new PushRejectedException("The lease owes nothing and has no rent account to receive a prepayment on: record it in Buildium.");
            if (lines.FirstOrDefault(l => l.GLAccountId == account) is { } same)
            {
                same.Amount += left;
            }
            else
            {
                lines.Add(new LeaseLedgerPaymentLineSaveMessage { Amount = left, GLAccountId = account });
            }
        }

        return lines;
    }
}
