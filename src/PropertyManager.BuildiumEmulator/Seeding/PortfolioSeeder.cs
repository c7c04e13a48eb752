using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>Fills the account with a deterministic portfolio for the configured seed size and seed number.</summary>
internal sealed class PortfolioSeeder(EmulatorData data, EmulatorOptions options, TimeProvider time, ILogger<PortfolioSeeder> logger)
{
    private readonly Lock _lock = new();

    public void Seed()
    {
        lock (_lock)
        {
            var profile = SeedProfile.For(options.SeedSize);
            data.Clear();
            var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

            // Users belong to the account, not the portfolio: even an empty account has its staff.
            foreach (var user in StaffDirectory.Users())
            {
                data.Users.Put(new StoredRecord<UserMessage>(user.Id!.Value, 0, user, SeedContext.EpochFor(today)));
            }

            if (profile is null)
            {
                return;
            }

            var seed = new SeedContext(data, profile, options.Seed, today);
            AccountingSeeder.Seed(seed);
            PortfolioPropertySeeder.Seed(seed);
            VendorSeeder.Seed(seed);
            TaskSeeder.Seed(seed);
            BillSeeder.Seed(seed);
            LeaseLedgerSeeder.Seed(seed, DateOnly.FromDateTime(DateTime.UtcNow));
            logger.LogInformation(
                "Seeded {SeedSize} portfolio (seed {Seed}): {Properties} properties, {Units} units, {Leases} leases, {Bills} bills, {Tasks} tasks",
                options.SeedSize,
                options.Seed,
                data.Rentals.Count,
                data.Units.Count,
                data.Leases.Count,
                data.Bills.Count,
                data.Tasks.Count);
        }
    }

    /// <summary>Reset to a fresh seed, optionally switching size or seed number.</summary>
    public void Reseed(string? seedSize, int? seed)
    {
        _ = SeedProfile.For(seedSize ?? options.SeedSize);
        options.SeedSize = seedSize ?? options.SeedSize;
        options.Seed = seed ?? options.Seed;
        Seed();
    }
}
