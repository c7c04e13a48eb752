using PropertyManager.Buildium.Bills;
using PropertyManager.Buildium.Json;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Common;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Payables;

/// <summary>
/// Bill (<see cref="BillMessage"/>) ↔ <see cref="Bill"/> (table <c>bills</c>).
/// <list type="bullet">
/// <item><c>amount</c> = the sum of the line amounts (markups excluded); <c>description</c> = <c>Memo</c>.</item>
/// <item><c>status</c> is derived, Buildium has none: <c>Paid</c> when <c>PaidDate</c> is set (or the paid amount the
/// engine passes covers the total), <c>PartiallyPaid</c> when that amount is above 0 but below the total, else
/// <c>Unpaid</c>.</item>
/// <item><c>category_id</c> = the first line's GL account id (bill categories are GL accounts, see
/// <see cref="BillCategoryMapper"/>).</item>
/// <item>Parents: the vendor; property and unit from the first line's accounting entity (a <c>Rental</c> entity's id
/// is the property, <c>Unit.Id</c> the unit; other entity types give no property).</item>
/// <item><c>is_recurring</c> / <c>recurring_schedule</c> have no Buildium field and are local.</item>
/// </list>
/// </summary>
public static class BillMapper
{
    /// <summary>The status is derived from payments; the amount of a bill with several lines is their sum.</summary>
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<Bill>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<Bill>();

    /// <param name="amountPaid">What the bill's payments add up to, when the engine knows it (for <c>PartiallyPaid</c>).</param>
    public static void ToLocal(BillMessage source, Bill target, decimal? amountPaid = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumBillId = source.Id;
        target.Date = source.Date;
        target.DueDate = source.DueDate;
        target.Amount = Total(source);
        target.Description = source.Memo;
        target.ReferenceNumber = source.ReferenceNumber;
        target.CategoryId = BuildiumParents.Id(source.Lines?.FirstOrDefault()?.GLAccount?.Id);
        target.Status = Status(source, amountPaid);
        ColumnLengths.Fit(target);
    }

    public static BuildiumParents Parents(BillMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var entity = source.Lines?.FirstOrDefault()?.AccountingEntity;
        var isRental = entity?.AccountingEntityType.Is(AccountingEntityType.Rental) == true;
        return new BuildiumParents
        {
            VendorId = BuildiumParents.Id(source.VendorId),
            PropertyId = isRental ? BuildiumParents.Id(entity!.Id) : null,
            UnitId = BuildiumParents.Id(entity?.Unit?.Id),
        };
    }

    /// <summary>The sum of the bill's line amounts.</summary>
    public static decimal Total(BillMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Lines?.Sum(l => l.Amount) ?? 0m;
    }

    /// <summary>One of <see cref="BillStatuses"/>, derived as described on the class.</summary>
    public static string Status(BillMessage source, decimal? amountPaid = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Status(Total(source), amountPaid, paidInBuildium: source.PaidDate is not null);
    }

    /// <summary>The status of a bill of <paramref name="total"/> of which <paramref name="amountPaid"/> is paid.</summary>
    public static string Status(decimal total, decimal? amountPaid, bool paidInBuildium = false)
    {
        if (paidInBuildium || (amountPaid is { } paid && total > 0 && paid >= total))
        {
            return BillStatuses.Paid;
        }

        return amountPaid is > 0 ? BillStatuses.PartiallyPaid : BillStatuses.Unpaid;
    }

    /// <summary>
    /// The create message: one line for the whole amount, on the bill's category (GL account), charged to the
    /// property (and unit) when given, else to the company (accounting entity id 0).
    /// </summary>
    public static BillPostMessage ToPost(Bill source, int vendorBuildiumId, int? propertyBuildiumId = null, int? unitBuildiumId = null, int? workOrderBuildiumId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new BillPostMessage
        {
            Date = source.Date ?? throw Missing(source, "date"),
            DueDate = source.DueDate ?? throw Missing(source, "due date"),
            Memo = source.Description,
            VendorId = vendorBuildiumId,
            WorkOrderId = workOrderBuildiumId,
            ReferenceNumber = source.ReferenceNumber,
            Lines =
            [
                new BillLinePostMessage
                {
                    AccountingEntity = Entity(propertyBuildiumId, unitBuildiumId),
                    GlAccountId = source.CategoryId ?? throw Missing(source, "category (GL account)"),
                    Amount = source.Amount ?? throw Missing(source, "amount"),
                    Memo = source.Description,
                },
            ],
        };
    }

    /// <summary>
    /// Copies the editable columns onto a PUT built from the current bill (line ids, markups and memos kept).
    /// The category and the property/unit (when given) go to the first line. A changed amount is written to the
    /// line when there is exactly one; on a bill with several lines it cannot be split, so it throws.
    /// </summary>
    public static void ApplyTo(Bill source, BillPutMessage target, int? vendorBuildiumId = null, int? propertyBuildiumId = null, int? unitBuildiumId = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.Date = source.Date ?? target.Date;
        target.DueDate = source.DueDate ?? target.DueDate;
        target.Memo = source.Description;
        target.ReferenceNumber = source.ReferenceNumber;
        if (vendorBuildiumId is { } vendorId)
        {
            target.VendorId = vendorId;
        }

        var lines = target.Lines ?? [];
        if (lines.Count == 0)
        {
            return;
        }

        var first = lines[0];
        if (source.CategoryId is { } glAccountId)
        {
            first.GlAccountId = glAccountId;
        }

        if (propertyBuildiumId is not null)
        {
            first.AccountingEntity = Entity(propertyBuildiumId, unitBuildiumId);
        }

        if (source.Amount is { } amount && amount != lines.Sum(l => l.Amount))
        {
            if (lines.Count > 1)
            {
                throw new InvalidOperationException(
                    $"Bill {source.Id} has {lines.Count} lines in Buildium; its amount can only be changed line by line in Buildium.");
            }

            first.Amount = amount;
        }
    }

    private static AccountingEntitySaveMessage Entity(int? propertyBuildiumId, int? unitBuildiumId) => propertyBuildiumId is { } propertyId
        ? new AccountingEntitySaveMessage { Id = propertyId, AccountingEntityType = new BuildiumEnumValue<AccountingEntityType>(AccountingEntityType.Rental), UnitId = unitBuildiumId }
        : new AccountingEntitySaveMessage { Id = 0, AccountingEntityType = new BuildiumEnumValue<AccountingEntityType>(AccountingEntityType.Company) };

    private static InvalidOperationException Missing(Bill bill, string what) =>
        new($"Bill {bill.Id} has no {what}, which Buildium requires.");
}
