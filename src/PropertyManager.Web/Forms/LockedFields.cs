using PropertyManager.Data.Integration;

namespace PropertyManager.Web.Forms;

/// <summary>
/// The fields Buildium cannot change once a record exists there (<see cref="SyncFieldRules"/>), so forms can show
/// them read-only instead of letting the save be refused.
/// </summary>
public static class LockedFields
{
    private static readonly HashSet<string> _none = [];

    public static IReadOnlySet<string> For<TEntity>(int? buildiumId) =>
        buildiumId is null or 0 ? _none : SyncFieldRules.For(typeof(TEntity))?.ReadOnlyFields ?? _none;
}
