using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>
/// State shared by the seeders of one run: the random source, the day the data is seeded for, and the ids later
/// seeders reference. Dates are relative to <see cref="Today"/> (the day of seeding): a demo seeded on any day has
/// bills coming due and overdue, leases ending soon and vacant units. The same seed number on the same day gives the
/// same data.
/// </summary>
internal sealed class SeedContext(EmulatorData data, SeedProfile profile, int seed, DateOnly today)
{
    /// <summary>"Today" for seeded lease statuses and due dates: the UTC day the account was seeded.</summary>
    public DateOnly Today { get; } = today;

    /// <summary>Seeded timestamps fall between this instant and the day before <see cref="Today"/>, all in the past.</summary>
    public DateTime Epoch => EpochFor(Today);

    public static DateTime EpochFor(DateOnly today) => today.AddDays(-176).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

    public EmulatorData Data { get; } = data;

    public SeedProfile Profile { get; } = profile;

    public SeedRandom Random { get; } = new(seed);

    public List<int> ExpenseGlAccountIds { get; } = [];

    public List<int> BankAccountIds { get; } = [];

    public List<int> VendorCategoryIds { get; } = [];

    public List<int> VendorIds { get; } = [];

    /// <summary>(lease id, a tenant on it) for resident requests.</summary>
    public List<(int LeaseId, int TenantId)> LeaseTenants { get; } = [];

    /// <summary>A last-updated time between <see cref="Epoch"/> and <see cref="Today"/>, to the second.</summary>
    public DateTime Timestamp() => Epoch.AddSeconds(Random.Next(175 * 24 * 3600));

    public static DateOnly Date(DateTime timestamp) => DateOnly.FromDateTime(timestamp);

    public StoredRecord<T> Put<T>(RecordStore<T> store, T value, int parentId = 0, DateTime? lastUpdated = null)
        where T : class, IBuildiumRecord
    {
        var id = store.NextId();
        value.Id = id;
        var record = new StoredRecord<T>(id, parentId, value, lastUpdated ?? Timestamp());
        store.Put(record);
        return record;
    }

    public (string First, string Last) Person() => (Random.Pick(SeedNames.FirstNames), Random.Pick(SeedNames.LastNames));

    public string Email(string first, string last) =>
        $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{Random.Between(1, 999)}@{Random.Pick(SeedNames.EmailDomains)}";

    public (AddressMessage Address, string AreaCode) Address(string? line2 = null)
    {
        var city = Random.Pick(SeedNames.Cities);
        return (new AddressMessage
        {
            AddressLine1 = $"{Random.Between(1, 9999)} {Random.Pick(SeedNames.Streets)} {Random.Pick(SeedNames.StreetSuffixes)}",
            AddressLine2 = line2,
            AddressLine3 = null,
            City = city.City,
            State = city.State,
            PostalCode = city.ZipPrefix + Random.Digits(2),
            Country = "UnitedStates",
        }, city.AreaCode);
    }

    /// <summary>A cell phone, sometimes with a home phone, listed in Buildium's order (Home, Office, Cell, Fax).</summary>
    public List<PhoneNumberMessage> Phones(string areaCode)
    {
        if (Random.Chance(0.5))
        {
            return [new PhoneNumberMessage { Number = Random.Phone(areaCode), Type = "Cell" }];
        }

        var cell = Random.Phone(areaCode);
        return [new PhoneNumberMessage { Number = Random.Phone(areaCode), Type = "Home" }, new PhoneNumberMessage { Number = cell, Type = "Cell" }];
    }
}
