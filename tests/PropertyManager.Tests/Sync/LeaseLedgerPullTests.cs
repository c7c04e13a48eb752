using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Webhooks;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Webhooks;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 15, ledger pull: every lease's ledger of the demo seed lands locally as the emulator lists it, and a payment
/// received in Buildium arrives, with the balance it lowers, by the next incremental run and by its webhook.
/// </summary>
public sealed class LeaseLedgerPullTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(
            _database.ConnectionString,
            settings: new Dictionary<string, string?> { ["Webhooks:ProcessorEnabled"] = "false" },
            configure: builder => builder.AddWebhookProcessing());
    }

    public async Task DisposeAsync()
    {
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_first_sync_lands_every_lease_ledger_with_Buildium_dates_types_amounts_memos_and_payers()
    {
        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        var expected = new List<(int Lease, LeaseTransactionMessage Entry)>();
        foreach (var lease in await ListAsync(_buildium.Client.Leases.ListAsync()))
        {
            expected.AddRange((await ListAsync(_buildium.Client.LeaseTransactions.ListAsync(lease.Id))).Select(t => (lease.Id, t)));
        }

        expected.Count.ShouldBeGreaterThan(0, "the demo seed has charges and payments");
        expected.ShouldContain(e => e.Entry.TransactionType == "Payment");
        await using var db = _database.CreateContext();
        var local = await db.LeaseTransactions.AsNoTracking()
            .Select(t => new
            {
                Id = t.BuildiumTransactionId!.Value,
                Lease = t.Lease!.BuildiumLeaseId!.Value,
                t.TransactionType,
                t.Date,
                t.TotalAmount,
                t.Memo,
                t.PaymentMethod,
                t.CheckNumber,
                Payer = t.PayeeTenant == null ? null : t.PayeeTenant.BuildiumTenantId,
            })
            .ToDictionaryAsync(t => t.Id);
        local.Count.ShouldBe(expected.Count);
        foreach (var (lease, entry) in expected)
        {
            var row = local[entry.Id];
            row.Lease.ShouldBe(lease);
            row.TransactionType.ShouldBe(entry.TransactionTypeEnum.Value);
            row.Date.ShouldBe(entry.Date);
            row.TotalAmount.ShouldBe(entry.TotalAmount);
            row.Memo.ShouldBe(entry.Journal?.Memo);
            row.PaymentMethod.ShouldBe(entry.PaymentMethod);
            row.CheckNumber.ShouldBe(entry.CheckNumber);
            row.Payer.ShouldBe(entry.PayeeTenantId is > 0 ? entry.PayeeTenantId : null);
        }

        (await _buildium.ReconcileAsync(SyncEntityTypes.LeaseTransaction)).ShouldHaveSingleItem().Agrees.ShouldBeTrue();
    }

    [Fact]
    public async Task A_payment_received_in_Buildium_arrives_by_the_next_incremental_run_which_reads_only_the_ledgers_whose_balance_moved()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var owing = (await ListAsync(_buildium.Client.OutstandingBalances.ListAsync())).First(b => b.TotalBalance > 10);
        var payment = await PayAsync(owing, 10m);
        var leases = (await ListAsync(_buildium.Client.Leases.ListAsync())).Count;
        _buildium.Emulator.Stats.Reset();

        var report = await _buildium.SyncAsync();

        report.Succeeded.ShouldBeTrue(string.Join("; ", report.Errors));
        report.Kinds[SyncEntityTypes.LeaseTransaction].Created.ShouldBe(1);
        await AssertPaidAsync(owing, payment);
        // One ledger, the paid lease's (its balance moved), not the ledgers of all the account's leases.
        leases.ShouldBeGreaterThan(10);
        report.Kinds[SyncEntityTypes.LeaseTransaction].Total.ShouldBe(1);

        // Nothing moved since: the next run reads no ledger at all.
        (await _buildium.SyncAsync()).Kinds[SyncEntityTypes.LeaseTransaction].Total.ShouldBe(0);
    }

    [Fact]
    public async Task A_payment_received_in_Buildium_arrives_by_its_LeaseTransaction_webhook_with_the_lowered_balance()
    {
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        var owing = (await ListAsync(_buildium.Client.OutstandingBalances.ListAsync())).First(b => b.TotalBalance > 10);
        var payment = await PayAsync(owing, 10m);
        await using (var db = _database.CreateContext())
        {
            db.WebhookEvents.Add(new BuildiumWebhookEvent
            {
                EventId = "ledger-" + Guid.NewGuid().ToString("N"),
                EventType = "LeaseTransaction.Created",
                EventData = JsonDocument.Parse(SignedWebhook.Event("LeaseTransaction.Created", ids: ("TransactionId", payment.Id))),
                Processed = false,
                RetryCount = 0,
                MaxRetries = 5,
            });
            await db.SaveChangesAsync();
        }

        await using var scope = _buildium.Host.Services.CreateAsyncScope();
        var batch = await scope.ServiceProvider.GetRequiredService<WebhookEventProcessor>().ProcessBatchAsync(CancellationToken.None);

        batch.Failed.ShouldBeEmpty();
        batch.Processed.Count.ShouldBe(1);
        await AssertPaidAsync(owing, payment);
    }

    private async Task<LeaseTransactionMessage> PayAsync(LeaseOutstandingBalanceMessage balance, decimal amount)
    {
        var line = (balance.Balances ?? []).First(l => l.TotalBalance >= amount);
        return await _buildium.Client.LeaseTransactions.CreatePaymentAsync(balance.LeaseId, new LeaseLedgerPaymentPostMessage
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            PaymentMethod = new BuildiumEnumValue<PaymentMethod>(PaymentMethod.Check),
            ReferenceNumber = "4711",
            Memo = "Partial rent, paid at the office",
            SendEmailReceipt = false,
            Lines = [new LeaseLedgerPaymentLineSaveMessage { Amount = amount, GLAccountId = line.GlAccountId }],
        });
    }

    private async Task AssertPaidAsync(LeaseOutstandingBalanceMessage before, LeaseTransactionMessage payment)
    {
        await using var db = _database.CreateContext();
        var row = await db.LeaseTransactions.AsNoTracking().Include(t => t.Lease).SingleAsync(t => t.BuildiumTransactionId == payment.Id);
        row.Lease!.BuildiumLeaseId.ShouldBe(before.LeaseId);
        row.TransactionType.ShouldBe("Payment");
        row.TotalAmount.ShouldBe(10m);
        row.Memo.ShouldBe("Partial rent, paid at the office");
        row.CheckNumber.ShouldBe("4711");
        var balance = await db.LeaseBalances.AsNoTracking().SingleAsync(b => b.LeaseId == row.LeaseId);
        balance.TotalBalance.ShouldBe(before.TotalBalance - 10m, "the balance the payment lowered is read with it");
    }

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
