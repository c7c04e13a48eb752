using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.GlAccounts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.GeneralLedger;

/// <summary>
/// GET /v1/generalledger/transactions, read-only: the account's transactions as the general ledger shows them. The
/// emulator's only transactions are bills (type <c>Bill</c>, id = the bill's id, lines on their GL accounts) and bill
/// payments (type <c>Check</c>, id = the payment's id, paid to the bill's vendor, lines as cash postings on the bank
/// account's GL account); each is last updated when its record was. <c>startdate</c>, <c>enddate</c> and
/// <c>glaccountids</c> are required, as openapi.json says.
/// </summary>
internal sealed class GeneralLedgerTransactionsEndpoints(EmulatorData data, GlAccountsResource glAccounts) : IEndpointModule
{
    private const string BasePath = "/v1/generalledger/transactions";

    private static readonly string[] _entityTypes = ["Rental", "RentalOwner", "Association"];

    public void MapEndpoints(IEndpointRouteBuilder app) => app.MapGet(BasePath, (HttpContext http) =>
    {
        var query = http.Request.Query;
        var listQuery = ListQuery.Parse(query, typeof(GeneralLedgerTransactionMessage));
        var start = QueryReader.Date(query, "startdate") ?? throw Required("startdate");
        var end = QueryReader.Date(query, "enddate") ?? throw Required("enddate");
        var accounts = QueryReader.IntSet(query, "glaccountids") ?? throw Required("glaccountids");
        var updated = ListFilters.LastUpdated<GeneralLedgerTransactionMessage>(TimestampPrecision.Second)(query);
        var predicates = new List<Func<StoredRecord<GeneralLedgerTransactionMessage>, bool>>
        {
            t => t.Value.Date is { } date && date >= start && date <= end,
            t => Lines(t).Any(l => l.GLAccount?.Id is { } id && accounts.Contains(id)),
        };
        if (updated is not null)
        {
            predicates.Insert(0, updated);
        }

        if (Entity(query) is { } entity)
        {
            predicates.Add(entity);
        }

        return ResourceEndpoints.Page(http, Transactions(updated), listQuery, predicates, r => r.Value);
    });

    private static BuildiumApiException Required(string key) => BuildiumApiException.BadRequest(key, $"The {key} parameter is required.");

    private static List<GeneralLedgerJournalLineMessage> Lines(StoredRecord<GeneralLedgerTransactionMessage> transaction) =>
        transaction.Value.Journal?.Lines ?? [];

    /// <summary>Bills and payments as transactions; with a last-updated filter only those it keeps are built (a large seed has 40,000).</summary>
    private IEnumerable<StoredRecord<GeneralLedgerTransactionMessage>> Transactions(Func<StoredRecord<GeneralLedgerTransactionMessage>, bool>? updated)
    {
        bool Keep(DateTime lastUpdated) => updated is null || updated(new StoredRecord<GeneralLedgerTransactionMessage>(0, 0, new GeneralLedgerTransactionMessage(), lastUpdated));

        var bills = data.Bills.All().Where(b => Keep(b.LastUpdatedUtc)).Select(b => Record(b.Id, FromBill(b.Value), b.LastUpdatedUtc));
        var payments = data.BillPayments.All().Where(p => Keep(p.LastUpdatedUtc)).Select(p => Record(p.Id, FromPayment(p.Value), p.LastUpdatedUtc));
        return bills.Concat(payments).OrderBy(t => t.Id);
    }

    private static StoredRecord<GeneralLedgerTransactionMessage> Record(int id, GeneralLedgerTransactionMessage value, DateTime lastUpdated)
    {
        value.Id = id;
        value.LastUpdatedDateTime = lastUpdated;
        return new StoredRecord<GeneralLedgerTransactionMessage>(id, 0, value, lastUpdated);
    }

    private GeneralLedgerTransactionMessage FromBill(BillMessage bill)
    {
        var lines = (bill.Lines ?? []).Select(line => new GeneralLedgerJournalLineMessage
        {
            GLAccount = line.GLAccount?.Id is { } id ? glAccounts.Resolve(id) : null,
            Amount = line.Amount,
            IsCashPosting = false,
            ReferenceNumber = bill.ReferenceNumber,
            Memo = line.Memo,
            AccountingEntity = line.AccountingEntity,
        }).ToList();
        return new GeneralLedgerTransactionMessage
        {
            Date = bill.Date,
            TransactionType = "Bill",
            TotalAmount = lines.Sum(l => l.Amount ?? 0),
            PaymentDetail = Detail("None", bill.VendorId),
            Journal = new GeneralLedgerJournalMessage { Memo = bill.Memo, Lines = lines },
        };
    }

    private GeneralLedgerTransactionMessage FromPayment(BillPaymentMessage payment)
    {
        var bankGlAccountId = payment.BankAccountId is { } bankId ? data.BankAccounts.Find(bankId)?.Value.GLAccount?.Id : null;
        var bankGlAccount = bankGlAccountId is { } glId ? glAccounts.Resolve(glId) : null;
        var lines = (payment.Lines ?? []).Select(line => new GeneralLedgerJournalLineMessage
        {
            GLAccount = bankGlAccount,
            Amount = line.Amount,
            IsCashPosting = true,
            ReferenceNumber = payment.CheckNumber,
            Memo = payment.Memo,
            AccountingEntity = new AccountingEntityMessage
            {
                Id = line.AccountingEntity?.Id,
                AccountingEntityType = line.AccountingEntity?.AccountingEntityType,
                Href = line.AccountingEntity?.AccountingEntityType == "Rental" ? $"/v1/rentals/{line.AccountingEntity.Id}" : null,
                Unit = line.AccountingEntity?.UnitId is { } unitId ? new UnitEntityMessage { Id = unitId, Href = $"/v1/rentals/units/{unitId}" } : null,
            },
        }).ToList();
        var vendorId = payment.PaidBillIds is [var billId, ..] ? data.Bills.Find(billId)?.Value.VendorId : null;
        return new GeneralLedgerTransactionMessage
        {
            Date = payment.EntryDate,
            TransactionType = "Check",
            TotalAmount = lines.Sum(l => l.Amount ?? 0),
            CheckNumber = payment.CheckNumber,
            PaymentDetail = Detail("Check", vendorId),
            Journal = new GeneralLedgerJournalMessage { Memo = payment.Memo, Lines = lines },
        };
    }

    private PaymentDetailMessage Detail(string method, int? vendorId)
    {
        var vendor = vendorId is { } id ? data.Vendors.Find(id)?.Value : null;
        return new PaymentDetailMessage
        {
            PaymentMethod = method,
            Payee = vendor is null ? null : new PayeeMessage
            {
                Id = vendorId,
                Name = vendor.IsCompany == true ? vendor.CompanyName : $"{vendor.FirstName} {vendor.LastName}".Trim(),
                Type = "Vendor",
                Href = $"/v1/vendors/{vendorId}",
            },
            IsInternalTransaction = false,
        };
    }

    /// <summary>selectionentityid/type and selectionentityunitid: transactions with a journal line on that entity (or unit).</summary>
    private Func<StoredRecord<GeneralLedgerTransactionMessage>, bool>? Entity(IQueryCollection query)
    {
        var entityId = QueryReader.Int(query, "selectionentityid");
        var entityType = QueryReader.Enum(query, "selectionentitytype", _entityTypes);
        var unitId = QueryReader.Int(query, "selectionentityunitid");
        if (entityId is null)
        {
            return unitId is { } onlyUnit ? t => Lines(t).Any(l => l.AccountingEntity?.Unit?.Id == onlyUnit) : null;
        }

        if (entityType is null)
        {
            throw BuildiumApiException.BadRequest("selectionentitytype", "The selectionentitytype parameter is required when selectionentityid is given.");
        }

        HashSet<int> propertyIds = entityType == "RentalOwner"
            ? [.. data.Owners.Find(entityId.Value)?.Value.PropertyIds ?? []]
            : [entityId.Value];
        var lineType = entityType == "Association" ? "Association" : "Rental";
        return t => Lines(t).Any(l => l.AccountingEntity?.AccountingEntityType == lineType
            && l.AccountingEntity.Id is { } id && propertyIds.Contains(id)
            && (unitId is null || l.AccountingEntity.Unit?.Id == unitId));
    }
}
