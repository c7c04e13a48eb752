using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.GlAccounts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.LeaseLedger;

/// <summary>
/// The lease ledger: <c>/v1/leases/{leaseId}/transactions</c> (every entry), <c>/payments</c> (receive a payment) and
/// <c>/charges</c> (the charges alone, in <c>LeaseChargeMessage</c> shape). Entries store GL account ids and read with
/// the full account, as Buildium's journal lines do. Every change fires <c>LeaseTransaction.*</c>.
/// </summary>
internal sealed class LeaseTransactionsResource(ResourceContext context, GlAccountsResource glAccounts) : ResourceKind<LeaseTransactionMessage>(context), IEndpointModule
{
    public const string Charge = "Charge";

    public const string Payment = "Payment";

    private const string LeasePath = "/v1/leases/{leaseId:int}";

    public override string Name => "leasetransactions";

    public override string NotFoundMessage => "No lease transaction found with the id.";

    public override RecordStore<LeaseTransactionMessage> Store => Data.LeaseTransactions;

    protected override string WebhookEntity => "LeaseTransaction";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var lease = new ParentRoute("leaseId", (_, id) => Data.Leases.Find(id) is not null, "No lease found with the id.");
        var transactions = new ResourceView<LeaseTransactionMessage>
        {
            Kind = this,
            Parent = lease,
            Filters =
            [
                ListFilters.DateRange<LeaseTransactionMessage>("transactiondatefrom", "transactiondateto", t => t.Date),
                ListFilters.EnumIn<LeaseTransactionMessage>("transactiontypes", BuildiumEnums.LeaseTransactionType, t => t.TransactionTypeEnum),
            ],
        };
        app.MapList($"{LeasePath}/transactions", transactions);
        app.MapGetById($"{LeasePath}/transactions/{ResourceEndpoints.IdRoute}", transactions);
        app.MapPost($"{LeasePath}/payments", async (HttpContext http) =>
        {
            var leaseRecord = Lease(http);
            var body = await JsonBodyReader.ReadAsync<LeaseLedgerPaymentPostMessage>(http.Request);
            var record = Add(NewPayment(leaseRecord, body), leaseRecord.Id);
            return BuildiumResults.Created(http, $"/v1/leases/{leaseRecord.Id}/transactions/{record.Id}", ToResponse(record));
        });

        var charges = new ResourceView<LeaseTransactionMessage>
        {
            Kind = this,
            Parent = lease,
            Scope = t => t.Value.TransactionTypeEnum == Charge,
            Projection = t => ToCharge(t.Value),
            NotFoundMessage = "No charge found with the id.",
            Filters =
            [
                ListFilters.DateRange<LeaseTransactionMessage>("transactiondatefrom", "transactiondateto", t => t.Date),
                ListFilters.Custom<LeaseTransactionMessage>(query => QueryReader.IntSet(query, "billids") is not null ? _ => false : null),
            ],
        };
        app.MapList($"{LeasePath}/charges", charges);
        app.MapGetById($"{LeasePath}/charges/{ResourceEndpoints.IdRoute}", charges);
        app.MapPost($"{LeasePath}/charges", async (HttpContext http) =>
        {
            var leaseRecord = Lease(http);
            var body = await JsonBodyReader.ReadAsync<LeaseChargePostMessage>(http.Request);
            var errors = new WriteErrors();
            errors.When(body.Date is null, "Date", "Date is required.");
            errors.When(body.BillId is not null, "BillId", "Charges linked to bills are not supported by the emulator.");
            CheckLines(body.Lines, errors, l => (l.GLAccountId, l.Amount));
            errors.ThrowIfAny();
            var record = Add(NewCharge(leaseRecord, body.Date!.Value, body.Memo, body.Lines!.Select(l => (l.GLAccountId!.Value, l.Amount!.Value, l.ReferenceNumber))), leaseRecord.Id);

            // Buildium answers a charge POST with the created transactions, as an array.
            return BuildiumResults.Created(http, $"/v1/leases/{leaseRecord.Id}/charges/{record.Id}", new[] { ToResponse(record) });
        });
        app.MapPut($"{LeasePath}/charges/{ResourceEndpoints.IdRoute}", async (HttpContext http) =>
        {
            var existing = ResourceEndpoints.Find(http, charges);
            var body = await JsonBodyReader.ReadAsync<LeaseChargePutMessage>(http.Request);
            var errors = new WriteErrors();
            CheckLines(body.Lines, errors, l => (l.GLAccountId, l.Amount));
            errors.ThrowIfAny();

            // The lines are replaced whole and a Memo left out is blanked, as the PUT message says.
            var leaseRecord = Data.Leases.Find(existing.ParentId)!;
            var record = Replace(existing.Id, NewCharge(leaseRecord, body.Date!.Value, body.Memo, body.Lines!.Select(l => (l.GLAccountId!.Value, l.Amount!.Value, l.ReferenceNumber))));
            return BuildiumResults.Json(ToResponse(record));
        });
    }

    /// <summary>Journal lines read with their full GL account.</summary>
    public override object ToResponse(StoredRecord<LeaseTransactionMessage> record)
    {
        var transaction = ShallowCopy(record.Value);
        transaction.Journal = new JournalMessage
        {
            Memo = record.Value.Journal?.Memo,
            Lines = [.. (record.Value.Journal?.Lines ?? []).Select(line =>
            {
                var copy = ObjectCopier.Shallow(line);
                copy.GLAccount = line.GLAccount?.Id is { } id ? glAccounts.Resolve(id) : null;
                return copy;
            })],
        };
        return transaction;
    }

    /// <summary>A charge entry (seeds, the deposit of a new lease, POST charges).</summary>
    public static LeaseTransactionMessage NewCharge(StoredRecord<LeaseMessage> lease, DateOnly date, string? memo, IEnumerable<(int GlAccountId, double Amount, string? ReferenceNumber)> lines)
    {
        var journalLines = lines.Select(l => Line(lease, l.GlAccountId, l.Amount, l.ReferenceNumber, memo)).ToList();
        return new LeaseTransactionMessage
        {
            Date = date,
            TransactionType = Charge,
            TransactionTypeEnum = Charge,
            TotalAmount = journalLines.Sum(l => l.Amount ?? 0),
            LeaseId = lease.Id,
            Journal = new JournalMessage { Memo = memo, Lines = journalLines },
        };
    }

    /// <summary>A payment entry (seeds and POST payments).</summary>
    public static LeaseTransactionMessage NewPayment(StoredRecord<LeaseMessage> lease, DateOnly date, string paymentMethod, int? payeeTenantId, string? memo, string? referenceNumber, IEnumerable<(int GlAccountId, double Amount)> lines)
    {
        var journalLines = lines.Select(l => Line(lease, l.GlAccountId, l.Amount, referenceNumber, memo)).ToList();
        return new LeaseTransactionMessage
        {
            Date = date,
            TransactionType = Payment,
            TransactionTypeEnum = Payment,
            TotalAmount = journalLines.Sum(l => l.Amount ?? 0),
            CheckNumber = paymentMethod == "Check" ? referenceNumber : null,
            LeaseId = lease.Id,
            PayeeTenantId = payeeTenantId,
            PaymentMethod = paymentMethod,
            Journal = new JournalMessage { Memo = memo, Lines = journalLines },
        };
    }

    protected override int? ParentIdOf(LeaseTransactionMessage value) => value.LeaseId;

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<LeaseTransactionMessage> record) =>
        webhookEvent.With("TransactionId", record.Id).With("TransactionType", record.Value.TransactionType ?? string.Empty);

    private static JournalLineMessage Line(StoredRecord<LeaseMessage> lease, int glAccountId, double amount, string? referenceNumber, string? memo) => new()
    {
        GLAccount = new GLAccountMessage { Id = glAccountId },
        Amount = amount,
        IsCashPosting = false,
        ReferenceNumber = referenceNumber,
        Memo = memo,
        PropertyId = lease.Value.PropertyId,
        UnitId = lease.Value.UnitId,
    };

    private static LeaseChargeMessage ToCharge(LeaseTransactionMessage transaction) => new()
    {
        Id = transaction.Id,
        Date = transaction.Date,
        TotalAmount = transaction.TotalAmount,
        Memo = transaction.Journal?.Memo,
        BillId = null,
        Lines = [.. (transaction.Journal?.Lines ?? []).Select(l => new LeaseChargeLineMessage { Amount = l.Amount, GLAccountId = l.GLAccount?.Id })],
    };

    private StoredRecord<LeaseMessage> Lease(HttpContext http) =>
        Data.Leases.Find(ResourceEndpoints.RouteInt(http, "leaseId")) ?? throw BuildiumApiException.NotFound("No lease found with the id.");

    private LeaseTransactionMessage NewPayment(StoredRecord<LeaseMessage> lease, LeaseLedgerPaymentPostMessage body)
    {
        var errors = new WriteErrors();
        CheckLines(body.Lines, errors, l => (l.GLAccountId, l.Amount));
        var tenantIds = (lease.Value.Tenants ?? []).Select(t => t.Id).Concat((lease.Value.CurrentTenants ?? []).Select(t => t.Id)).OfType<int>().ToHashSet();
        errors.When(body.PayeeUserId is { } payee && !tenantIds.Contains(payee), "PayeeUserId", $"No tenant on this lease has the id {body.PayeeUserId}.");
        errors.ThrowIfAny();
        var payeeTenantId = body.PayeeUserId ?? lease.Value.CurrentTenants?.FirstOrDefault()?.Id;
        return NewPayment(lease, body.Date!.Value, body.PaymentMethod!, payeeTenantId, body.Memo, body.ReferenceNumber, body.Lines!.Select(l => (l.GLAccountId!.Value, l.Amount!.Value)));
    }

    private void CheckLines<TLine>(List<TLine>? lines, WriteErrors errors, Func<TLine, (int? GlAccountId, double? Amount)> read)
    {
        errors.When(lines is not { Count: > 0 }, "Lines", "At least one line item is required.");
        foreach (var (line, index) in (lines ?? []).Select((l, i) => (l, i)))
        {
            var (glAccountId, amount) = read(line);
            errors.Exists(glAccountId, id => Data.GlAccounts.Find(id) is not null, $"Lines[{index}].GLAccountId", "general ledger account");
            errors.When(amount is <= 0, $"Lines[{index}].Amount", "Amount must be greater than zero.");
        }
    }
}
