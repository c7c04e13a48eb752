using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Seeding;

namespace PropertyManager.BuildiumEmulator;

/// <summary>
/// Direct access to the emulated account for tests, acting as a user of Buildium's UI would: reads give the
/// API's JSON; updates merge fields (RFC 7386), bump the record's last-updated time and fire "*.Updated";
/// deletes fire "*.Deleted". Kinds: rentals, units, owners, leases, tenants, rents, leasetransactions, bankaccounts, glaccounts, vendors,
/// vendorcategories, bills, billpayments, tasks, taskcategories, taskhistory, taskhistoryfiles, workorders.
/// </summary>
public sealed class EmulatorStore
{
    private readonly Dictionary<string, IResourceKind> _kinds;
    private readonly PortfolioSeeder _seeder;

    internal EmulatorStore(IEnumerable<IResourceKind> kinds, PortfolioSeeder seeder)
    {
        _kinds = kinds.ToDictionary(k => k.Name, StringComparer.OrdinalIgnoreCase);
        _seeder = seeder;
    }

    public IReadOnlyList<string> Kinds => [.. _kinds.Keys.Order(StringComparer.Ordinal)];

    public int Count(string kind) => Kind(kind).Count;

    public IReadOnlyList<int> GetIds(string kind) => Kind(kind).Ids();

    /// <summary>The record as the API returns it, or null when absent.</summary>
    public JsonObject? Get(string kind, int id) => Kind(kind).GetJson(id);

    /// <summary>
    /// The record as the emulated account holds it, or null when absent: write-only fields (an owner's date of birth, a
    /// GL account's cash-asset flag) included and tax ids unmasked, which the API never returns.
    /// </summary>
    public JsonObject? GetStored(string kind, int id) => Kind(kind).GetStoredJson(id);

    /// <summary>Merges <paramref name="changes"/> into the record; returns the result, or null when absent.</summary>
    public JsonObject? Update(string kind, int id, JsonObject changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return Kind(kind).MergeJson(id, changes);
    }

    /// <summary>Touches the record (new last-updated time, "*.Updated" webhook) without changing a field.</summary>
    public JsonObject? Touch(string kind, int id) => Kind(kind).MergeJson(id, []);

    public bool Delete(string kind, int id) => Kind(kind).Delete(id);

    /// <summary>Drops every change and seeds again (same size and seed unless given).</summary>
    public void Reset(string? seedSize = null, int? seed = null) => _seeder.Reseed(seedSize, seed);

    private IResourceKind Kind(string kind) =>
        _kinds.TryGetValue(kind, out var found) ? found : throw new ArgumentException($"Unknown kind '{kind}'. Known: {string.Join(", ", Kinds)}.", nameof(kind));
}
