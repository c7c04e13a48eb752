using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.GlAccounts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;
using PropertyManager.BuildiumEmulator.WorkOrders;

namespace PropertyManager.BuildiumEmulator.Bills;

/// <summary>
/// /v1/bills: POST, full PUT (omitted fields become null, lines without Id are added, missing lines removed)
/// and partial PATCH. Lines store only the GL account id; the full account is resolved when read.
/// </summary>
internal sealed class BillsResource(ResourceContext context, GlAccountsResource glAccounts, WorkOrdersResource workOrders)
    : ResourceKind<BillMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/bills";

    public override string Name => "bills";

    public override string NotFoundMessage => "No bill found with the id.";

    public override RecordStore<BillMessage> Store => Data.Bills;

    protected override string WebhookEntity => "Bill";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<BillMessage>
        {
            Kind = this,
            Filters =
            [
                Entity,
                ListFilters.IntEquals<BillMessage>("vendorid", b => b.VendorId),
                ListFilters.Contains<BillMessage>("referencenumber", b => [b.ReferenceNumber]),
                PaidStatus,
                ListFilters.DateRange<BillMessage>("frompaiddate", "topaiddate", b => b.PaidDate),
                ListFilters.EnumIn<BillMessage>("approvalstatuses", BuildiumEnums.ApprovalStatus, b => b.ApprovalStatus),
            ],
        };
        var byId = $"{BasePath}/{ResourceEndpoints.IdRoute}";
        app.MapList(BasePath, view);
        app.MapGetById(byId, view);
        app.MapCreate<BillMessage, BillPostMessage>(BasePath, view, Create);
        app.MapUpdate<BillMessage, BillPutMessage>(byId, view, Update);
        app.MapPatch(byId, async (HttpContext http) =>
        {
            var existing = ResourceEndpoints.Find(http, view);
            var body = await JsonBodyReader.ReadAsync<BillPatchMessage>(http.Request, allowJsonPatch: true);
            return BuildiumResults.Json(ToResponse(Replace(existing.Id, Patch(existing, body))));
        });
    }

    public static double Total(BillMessage bill) => bill.Lines?.Sum(l => l.Amount ?? 0) ?? 0;

    /// <summary>What the bill's payments have covered so far.</summary>
    public double PaidAmount(int billId) => Data.BillPayments.ChildrenOf(billId).Sum(p => p.Value.Lines?.Sum(l => l.Amount ?? 0) ?? 0);

    /// <summary>A bill is paid (PaidDate set) once its payments cover its total.</summary>
    public void RefreshPaidDate(int billId)
    {
        if (Store.Find(billId) is not { } bill)
        {
            return;
        }

        var payments = Data.BillPayments.ChildrenOf(billId);
        DateOnly? paidDate = payments.Count > 0 && PaidAmount(billId) >= Total(bill.Value) - 0.005
            ? payments.Max(p => p.Value.EntryDate)
            : null;
        if (bill.Value.PaidDate != paidDate)
        {
            var copy = ShallowCopy(bill.Value);
            copy.PaidDate = paidDate;
            Replace(billId, copy);
        }
    }

    public override object ToResponse(StoredRecord<BillMessage> record)
    {
        var bill = ShallowCopy(record.Value);
        bill.Lines = [.. (record.Value.Lines ?? []).Select(line =>
        {
            var copy = ObjectCopier.Shallow(line);
            copy.GLAccount = line.GLAccount?.Id is { } id ? glAccounts.Resolve(id) : null;
            return copy;
        })];
        return bill;
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<BillMessage> record) => webhookEvent.With("BillId", record.Id);

    protected override void OnStored(StoredRecord<BillMessage> record, StoredRecord<BillMessage>? previous)
    {
        if (record.Value.WorkOrderId is { } workOrderId && previous?.Value.WorkOrderId != workOrderId)
        {
            workOrders.LinkBill(workOrderId, record.Id);
        }
    }

    private BillMessage Create(BillPostMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        errors.Exists(body.WorkOrderId, id => Data.WorkOrders.Find(id) is not null, "WorkOrderId", "work order");
        errors.When(body.Lines is not { Count: > 0 }, "Lines", "A bill needs at least one line.");
        var lines = CheckAndBuild(body.Date, body.DueDate, body.VendorId, [.. (body.Lines ?? []).Select(BillLineInput.From)], null, errors);
        errors.ThrowIfAny();
        return new BillMessage
        {
            Date = body.Date,
            DueDate = body.DueDate,
            PaidDate = null,
            Memo = body.Memo,
            VendorId = body.VendorId,
            WorkOrderId = body.WorkOrderId,
            ReferenceNumber = body.ReferenceNumber,
            ApprovalStatus = "NotNeeded",
            Lines = lines,
        };
    }

    private BillMessage Update(StoredRecord<BillMessage> existing, BillPutMessage body, HttpContext http)
    {
        var errors = new WriteErrors();
        var lines = CheckAndBuild(body.Date, body.DueDate, body.VendorId, [.. (body.Lines ?? []).Select(BillLineInput.From)], existing.Value, errors);
        CheckCoversPayments(existing.Id, lines, errors);
        errors.ThrowIfAny();

        // WorkOrderId is not in the PUT message, so it survives; every other field is replaced.
        var bill = ShallowCopy(existing.Value);
        bill.Date = body.Date;
        bill.DueDate = body.DueDate;
        bill.Memo = body.Memo;
        bill.VendorId = body.VendorId;
        bill.ReferenceNumber = body.ReferenceNumber;
        bill.Lines = lines;
        return bill;
    }

    private BillMessage Patch(StoredRecord<BillMessage> existing, BillPatchMessage body)
    {
        var bill = ShallowCopy(existing.Value);
        bill.Date = body.Date ?? bill.Date;
        bill.DueDate = body.DueDate ?? bill.DueDate;
        bill.Memo = body.Memo ?? bill.Memo;
        bill.VendorId = body.VendorId ?? bill.VendorId;
        bill.ReferenceNumber = body.ReferenceNumber ?? bill.ReferenceNumber;

        // Named lines are patched, lines without Id are added, lines not mentioned stay.
        var current = existing.Value.Lines ?? [];
        var inputs = current.Select(line => (body.Lines ?? []).FirstOrDefault(p => p.Id == line.Id) is { } patch
                ? BillLineInput.From(patch, line)
                : BillLineInput.From(new BillLineItemPatchMessage { Id = line.Id }, line))
            .Concat((body.Lines ?? []).Where(p => p.Id is null || current.All(l => l.Id != p.Id)).Select(p => BillLineInput.From(p, null)))
            .ToList();
        var errors = new WriteErrors();
        bill.Lines = CheckAndBuild(bill.Date, bill.DueDate, bill.VendorId, inputs, existing.Value, errors);
        CheckCoversPayments(existing.Id, bill.Lines, errors);
        errors.ThrowIfAny();
        return bill;
    }

    private List<BillLineMessage> CheckAndBuild(DateOnly? date, DateOnly? dueDate, int? vendorId, List<BillLineInput> inputs, BillMessage? existing, WriteErrors errors)
    {
        errors.When(dueDate < date, "DueDate", "The due date must be after the bill date.");
        errors.Exists(vendorId, id => Data.Vendors.Find(id) is not null, "VendorId", "vendor");
        var lines = new List<BillLineMessage>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var key = $"Lines[{i}]";
            errors.When(input.Id is { } lineId && existing?.Lines?.Any(l => l.Id == lineId) != true, $"{key}.Id", $"No line with the id {input.Id} on this bill.");
            errors.When(input.Amount is null, $"{key}.Amount", "The Amount field is required.");
            errors.When(input.GlAccountId is null, $"{key}.GlAccountId", "The GlAccountId field is required.");
            errors.Exists(input.GlAccountId, id => Data.GlAccounts.Find(id) is not null, $"{key}.GlAccountId", "general ledger account");
            errors.When(input.Memo is { Length: > 240 }, $"{key}.Memo", "The memo cannot exceed 240 characters.");
            CheckEntity(input, $"{key}.AccountingEntity", errors);
            lines.Add(new BillLineMessage
            {
                Id = input.Id ?? Data.BillLineIds.Next(),
                AccountingEntity = new AccountingEntityMessage
                {
                    Id = input.EntityId,
                    AccountingEntityType = input.EntityType,
                    Href = input.EntityType == "Rental" ? $"/v1/rentals/{input.EntityId}" : null,
                    Unit = input.UnitId is { } unitId ? new UnitEntityMessage { Id = unitId, Href = $"/v1/rentals/units/{unitId}" } : null,
                },
                GLAccount = new GLAccountMessage { Id = input.GlAccountId },
                Amount = input.Amount,
                Markup = input.MarkupType is null ? null : new BillMarkupMessage { Amount = input.MarkupAmount ?? 0, Type = input.MarkupType },
                Memo = input.Memo,
            });
        }

        return lines;
    }

    private void CheckEntity(BillLineInput input, string key, WriteErrors errors)
    {
        switch (input.EntityType)
        {
            case "Rental":
                errors.Exists(input.EntityId, id => Data.Rentals.Find(id) is not null, $"{key}.Id", "property");
                errors.When(
                    input.UnitId is { } unitId && Data.Units.Find(unitId)?.Value.PropertyId != input.EntityId,
                    $"{key}.UnitId",
                    $"No unit with the id {input.UnitId} in property {input.EntityId}.");
                break;
            case "Association":
                errors.Add($"{key}.AccountingEntityType", "This account has no associations.");
                break;
            case null:
                errors.Add($"{key}.AccountingEntityType", "The AccountingEntityType field is required.");
                break;
        }
    }

    private void CheckCoversPayments(int billId, List<BillLineMessage> lines, WriteErrors errors)
    {
        var paid = PaidAmount(billId);
        errors.When(paid > 0 && lines.Sum(l => l.Amount ?? 0) < paid - 0.005, "Lines", $"The bill total cannot be less than the amount already paid ({paid:0.00}).");
    }

    private Func<StoredRecord<BillMessage>, bool>? Entity(IQueryCollection query)
    {
        var entityId = QueryReader.Int(query, "entityid");
        var entityType = QueryReader.Enum(query, "entitytype", ["Rental", "RentalOwner", "Association"]);
        if (entityId is null)
        {
            return null;
        }

        if (entityType is null)
        {
            throw BuildiumApiException.BadRequest("entitytype", "The entitytype parameter is required when entityid is given.");
        }

        HashSet<int> propertyIds = entityType == "RentalOwner"
            ? [.. Data.Owners.Find(entityId.Value)?.Value.PropertyIds ?? []]
            : [entityId.Value];
        var lineType = entityType == "Association" ? "Association" : "Rental";
        return b => b.Value.Lines?.Any(l => l.AccountingEntity?.AccountingEntityType == lineType && l.AccountingEntity.Id is { } id && propertyIds.Contains(id)) == true;
    }

    private static Func<StoredRecord<BillMessage>, bool>? PaidStatus(IQueryCollection query) =>
        QueryReader.Enum(query, "paidstatus", ["Paid", "Unpaid", "UncollectedMarkups"]) switch
        {
            "Paid" => b => b.Value.PaidDate is not null,
            "Unpaid" => b => b.Value.PaidDate is null,
            "UncollectedMarkups" => b => b.Value.Lines?.Any(l => l.Markup?.Amount > 0) == true,
            _ => null,
        };
}
