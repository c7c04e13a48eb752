using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Bills;

/// <summary>A bill line as written by POST, PUT or PATCH, normalised so one routine validates and stores them.</summary>
internal sealed record BillLineInput(
    int? Id,
    int? EntityId,
    string? EntityType,
    int? UnitId,
    int? GlAccountId,
    double? Amount,
    double? MarkupAmount,
    string? MarkupType,
    string? Memo)
{
    public static BillLineInput From(BillLinePostMessage line) => new(
        null, line.AccountingEntity?.Id, line.AccountingEntity?.AccountingEntityType, line.AccountingEntity?.UnitId, line.GlAccountId, line.Amount, line.Markup?.Amount, line.Markup?.Type, line.Memo);

    public static BillLineInput From(BillLinePutMessage line) => new(
        line.Id, line.AccountingEntity?.Id, line.AccountingEntity?.AccountingEntityType, line.AccountingEntity?.UnitId, line.GlAccountId, line.Amount, line.Markup?.Amount, line.Markup?.Type, line.Memo);

    /// <summary>A PATCH line fills its gaps from the stored line it names.</summary>
    public static BillLineInput From(BillLineItemPatchMessage line, BillLineMessage? existing) => new(
        line.Id,
        line.AccountingEntity?.Id ?? existing?.AccountingEntity?.Id,
        line.AccountingEntity?.AccountingEntityType ?? existing?.AccountingEntity?.AccountingEntityType,
        line.AccountingEntity is { } entity ? entity.UnitId : existing?.AccountingEntity?.Unit?.Id,
        line.GlAccountId ?? existing?.GLAccount?.Id,
        line.Amount ?? existing?.Amount,
        line.Markup?.Amount ?? existing?.Markup?.Amount,
        line.Markup?.Type ?? existing?.Markup?.Type,
        line.Memo ?? existing?.Memo);
}
