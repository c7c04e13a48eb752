using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Bills;

/// <summary>/v1/bills/{billId}/payments: list, get and create only (Buildium has no update or delete).</summary>
internal sealed class BillPaymentsResource(ResourceContext context, BillsResource bills) : ResourceKind<BillPaymentMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/bills/{billId:int}/payments";

    public override string Name => "billpayments";

    public override string NotFoundMessage => "No bill payment found with the id.";

    public override RecordStore<BillPaymentMessage> Store => Data.BillPayments;

    protected override string WebhookEntity => "Bill.Payment";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<BillPaymentMessage>
        {
            Kind = this,
            Parent = new ParentRoute("billId", (_, id) => Data.Bills.Find(id) is not null, bills.NotFoundMessage),
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<BillPaymentMessage, BillPaymentPostMessage>(BasePath, view, Create);
    }

    protected override int? ParentIdOf(BillPaymentMessage value) => value.PaidBillIds?.FirstOrDefault();

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<BillPaymentMessage> record) =>
        webhookEvent.With("PaymentId", record.Id).With("BillIds", record.Value.PaidBillIds ?? []);

    protected override void OnStored(StoredRecord<BillPaymentMessage> record, StoredRecord<BillPaymentMessage>? previous) => bills.RefreshPaidDate(record.ParentId);

    protected override void OnDeleted(StoredRecord<BillPaymentMessage> record) => bills.RefreshPaidDate(record.ParentId);

    private BillPaymentMessage Create(BillPaymentPostMessage body, HttpContext http)
    {
        var billId = ResourceEndpoints.RouteInt(http, "billId");
        var bill = bills.Get(billId).Value;
        var errors = new WriteErrors();
        errors.Exists(body.BankAccountId, id => Data.BankAccounts.Find(id) is not null, "BankAccountId", "bank account");
        errors.When(body.CheckNumber is { Length: > 30 }, "CheckNumber", "The check number cannot exceed 30 characters.");
        errors.When(body.VendorCreditIds is { Count: > 0 }, "VendorCreditIds", "Vendor credits are not supported by the emulator.");
        errors.When(body.Lines is not { Count: > 0 }, "Lines", "A payment needs at least one line.");
        var lines = new List<BillPaymentLineMessage>();
        for (var i = 0; i < (body.Lines?.Count ?? 0); i++)
        {
            var input = body.Lines![i];
            var billLine = bill.Lines?.FirstOrDefault(l => l.Id == input.BillLineId);
            errors.When(billLine is null, $"Lines[{i}].BillLineId", $"No line with the id {input.BillLineId} on bill {billId}.");
            errors.When(input.Amount <= 0, $"Lines[{i}].Amount", "The amount must be greater than zero.");
            if (billLine is not null)
            {
                lines.Add(new BillPaymentLineMessage
                {
                    AccountingEntity = new BillPaymentAccountingEntityMessage
                    {
                        Id = billLine.AccountingEntity?.Id,
                        AccountingEntityType = billLine.AccountingEntity?.AccountingEntityType,
                        UnitId = billLine.AccountingEntity?.Unit?.Id,
                    },
                    GLAccountId = billLine.GLAccount?.Id,
                    Amount = input.Amount,
                });
            }
        }

        var remaining = BillsResource.Total(bill) - bills.PaidAmount(billId);
        errors.When(lines.Sum(l => l.Amount ?? 0) > remaining + 0.005, "Lines", $"The payment exceeds the amount due ({remaining:0.00}).");
        errors.ThrowIfAny();
        return new BillPaymentMessage
        {
            BankAccountId = body.BankAccountId,
            EntryDate = body.EntryDate,
            Memo = body.Memo,
            CheckNumber = body.CheckNumber,
            PaidBillIds = [billId],
            AppliedVendorCredits = [],
            Lines = lines,
        };
    }
}
