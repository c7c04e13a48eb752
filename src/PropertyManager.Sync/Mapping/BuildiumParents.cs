namespace PropertyManager.Sync.Mapping;

/// <summary>
/// The Buildium ids of the records a Buildium record hangs off, as read from its message. Every mapper exposes
/// them the same way, <c>XxxMapper.Parents(message)</c>, because the mappers never set the local foreign-key
/// Guid columns: the engine looks these ids up in the local tables (by their <c>buildium_*_id</c> column) and sets
/// <c>PropertyId</c>, <c>UnitId</c>, ... itself. A null means "no such parent" (or Buildium sent 0).
/// </summary>
public sealed record BuildiumParents
{
    /// <summary>No parents: GL accounts, categories, owners (see <c>OwnerMapper.OwnedPropertyIds</c>).</summary>
    public static BuildiumParents None { get; } = new();

    public int? PropertyId { get; init; }

    public int? UnitId { get; init; }

    public int? VendorId { get; init; }

    public int? BillId { get; init; }

    public int? BankAccountId { get; init; }

    public int? GlAccountId { get; init; }

    public int? TaskId { get; init; }

    public int? LeaseId { get; init; }

    /// <summary>Each parent by the name of the entity's foreign key property it sets.</summary>
    public IEnumerable<(string Property, int? BuildiumId)> All() =>
    [
        (nameof(PropertyId), PropertyId), (nameof(UnitId), UnitId), (nameof(VendorId), VendorId), (nameof(BillId), BillId),
        (nameof(BankAccountId), BankAccountId), (nameof(GlAccountId), GlAccountId), (nameof(TaskId), TaskId), (nameof(LeaseId), LeaseId),
    ];

    /// <summary>Buildium uses 0 for "none" in non-nullable id fields.</summary>
    internal static int? Id(int? value) => value is > 0 ? value : null;
}
