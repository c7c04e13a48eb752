using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Leases;
using PropertyManager.BuildiumEmulator.Rentals;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>Rental properties, their units, their owners, and leases with tenants on the units.</summary>
internal static class PortfolioPropertySeeder
{
    private static readonly string[] _multiUnitSubTypes = ["MultiFamily", "MultiFamily", "MultiFamily", "CondoTownhome", "Office", "Retail"];
    private static readonly string[] _bedrooms = ["Studio", "OneBed", "OneBed", "TwoBed", "TwoBed", "ThreeBed", "FourBed"];
    private static readonly string[] _leaseTypes = ["Fixed", "Fixed", "FixedWithRollover", "AtWill"];
    private static readonly double[] _reserves = [0, 250, 500, 1000];
    private static readonly string[] _bathrooms = ["OneBath", "OneBath", "OnePointFiveBath", "TwoBath", "TwoPointFiveBath", "ThreePointFiveBath"];

    public static void Seed(SeedContext seed)
    {
        SeedProperties(seed);
        SeedOwners(seed);
        SeedLeases(seed);
    }

    private static void SeedProperties(SeedContext seed)
    {
        var random = seed.Random;
        for (var p = 0; p < seed.Profile.Properties; p++)
        {
            var (address, _) = seed.Address();
            var subType = seed.Profile.UnitsPerProperty == 1 ? "SingleFamily" : random.Pick(_multiUnitSubTypes);
            var street = address.AddressLine1!.Split(' ', 2)[1];
            var property = seed.Put(seed.Data.Rentals, new RentalMessage
            {
                Name = $"{street} {random.Pick(SeedNames.BuildingWords)}",
                StructureDescription = $"{random.Between(2, 6)}-story building",
                NumberUnits = seed.Profile.UnitsPerProperty,
                IsActive = true,
                OperatingBankAccountId = seed.BankAccountIds[p % seed.BankAccountIds.Count],
                Reserve = random.Pick(_reserves),
                Address = address,
                YearBuilt = random.Between(1920, 2022),
                RentalType = RentalTypes.FromSubType(subType),
                RentalSubType = subType,
                RentalManager = StaffDirectory.Manager(random.Between(2, 5)),
            });

            for (var u = 0; u < seed.Profile.UnitsPerProperty; u++)
            {
                var unitNumber = $"{(u / 10) + 1}{(u % 10) + 1:00}";
                var unitAddress = new AddressMessage
                {
                    AddressLine1 = address.AddressLine1,
                    AddressLine2 = $"Unit {unitNumber}",
                    City = address.City,
                    State = address.State,
                    PostalCode = address.PostalCode,
                    Country = address.Country,
                };
                seed.Put(seed.Data.Units, new RentalUnitMessage
                {
                    PropertyId = property.Id,
                    BuildingName = null,
                    UnitNumber = unitNumber,
                    Description = $"Unit {unitNumber}",
                    MarketRent = random.Between(18, 70) * 50,
                    Address = unitAddress,
                    UnitBedrooms = random.Pick(_bedrooms),
                    UnitBathrooms = random.Pick(_bathrooms),
                    UnitSize = random.Between(45, 160) * 10,
                    IsUnitListed = false,
                    IsUnitOccupied = false,
                }, property.Id);
            }
        }
    }

    private static void SeedOwners(SeedContext seed)
    {
        var random = seed.Random;
        var propertyIds = seed.Data.Rentals.All().Select(r => r.Id).ToList();
        for (var o = 0; o < seed.Profile.Owners; o++)
        {
            var (first, last) = seed.Person();
            var isCompany = random.Chance(0.15);
            var (address, areaCode) = seed.Address();
            List<int> owned = [propertyIds[o % propertyIds.Count]];
            if (o % 5 == 4 && propertyIds.Count > 1)
            {
                owned.Add(propertyIds[((o * 7) + 3) % propertyIds.Count]);
            }

            var agreementStart = seed.Today.AddDays(-random.Between(30, 1500));
            seed.Put(seed.Data.Owners, new RentalOwnerMessage
            {
                IsCompany = isCompany,
                IsActive = true,
                FirstName = isCompany ? null : first,
                LastName = isCompany ? null : last,
                PhoneNumbers = seed.Phones(areaCode),
                Email = seed.Email(first, last),
                AlternateEmail = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{o}@alt.example.com",
                Comment = $"Owner since {agreementStart:yyyy}.",
                Address = address,
                ManagementAgreementStartDate = agreementStart,

                // Write-only in Buildium; derived from the index so the random stream (and every later record) is unchanged.
                DateOfBirth = isCompany ? null : new DateOnly(1950 + (o % 50), 1 + (o % 12), 1 + (o % 28)),
                ManagementAgreementEndDate = random.Chance(0.7) ? agreementStart.AddYears(random.Between(1, 5)) : null,
                CompanyName = isCompany ? $"{last} Holdings LLC" : null,
                PropertyIds = [.. owned.Distinct()],
                TaxInformation = new RentalOwnerTaxInformationMessage
                {
                    TaxPayerIdType = isCompany ? "EIN" : "SSN",
                    // Stored in full; the API masks an SSN when it reads it back.
                    TaxPayerId = isCompany ? $"{random.Digits(2)}-{random.Digits(7)}" : $"{100 + (o % 800):000}-{10 + (o % 89):00}-{random.Digits(4)}",
                    TaxPayerName1 = isCompany ? $"{last} Holdings LLC" : $"{first} {last}",
                    TaxPayerName2 = "Attn: accounting",
                    IncludeIn1099 = true,
                    Address = address,
                },
            });
        }
    }

    private static void SeedLeases(SeedContext seed)
    {
        var random = seed.Random;
        var units = seed.Data.Units.All();
        var occupied = new HashSet<int>();
        for (var l = 0; l < seed.Profile.Leases; l++)
        {
            var unit = units[l % units.Count];
            // As many random draws as before, so every later record (names, amounts) stays what it was.
            _ = random.Next(100);
            var days = random.Between(0, 1000);
            var leaseType = random.Pick(_leaseTypes);
            var (from, to) = LeaseDates(seed.Today, l, days, ref leaseType);
            var status = LeasesResource.StatusOn(seed.Today, from, to);
            var now = seed.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

            // A future lease was signed before today: nothing is created or updated in the future.
            var created = Min(from.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc).AddDays(-random.Between(5, 30)), now.AddDays(-2));
            var updated = Min(created.AddDays(random.Between(0, 20)).AddSeconds(random.Next(86_400)), now.AddHours(-1));
            var tenants = Tenants(seed, unit.Value.Address!, created, random.Between(1, 2));
            var rent = unit.Value.MarketRent ?? 1500;
            var lease = seed.Put(seed.Data.Leases, new LeaseMessage
            {
                PropertyId = unit.Value.PropertyId,
                UnitId = unit.Id,
                UnitNumber = unit.Value.UnitNumber,
                LeaseFromDate = from,
                LeaseToDate = to,
                LeaseType = leaseType,
                LeaseStatus = status,
                IsEvictionPending = false,
                TermType = leaseType == "AtWill" ? "MonthToMonth" : "Standard",
                RenewalOfferStatus = "NotSet",
                CurrentTenants = status == "Past" ? [] : tenants,
                CurrentNumberOfOccupants = status == "Past" ? 0 : tenants.Count,
                AccountDetails = new LeaseAccountDetailMessage { SecurityDeposit = rent, Rent = rent },
                Cosigners = [],
                AutomaticallyMoveOutTenants = false,
                CreatedDateTime = created,
                LastUpdatedDateTime = updated,
                MoveOutData = status == "Past" ? [.. tenants.Select(t => new LeaseMoveOutDataMessage { TenantId = t.Id, MoveOutDate = to, NoticeGivenDate = to?.AddDays(-30) })] : [],
                PaymentDueDay = 1,
                Tenants = [.. tenants.Select(t => new LeaseTenantMessage { Id = t.Id, Status = status switch { "Past" => "MovedOut", "Future" => "Future", _ => "Current" }, MoveInDate = from })],
            }, unit.Id, updated);
            if (status == "Active")
            {
                occupied.Add(unit.Id);
            }

            seed.LeaseTenants.Add((lease.Id, tenants[0].Id!.Value));
        }

        foreach (var unitId in occupied)
        {
            var unit = seed.Data.Units.Find(unitId)!;
            unit.Value.IsUnitOccupied = true;
        }
    }

    /// <summary>
    /// A lease's term by its place in the list, so every seed size (the five-property demo too) has on any day leases
    /// ending within 30, 60 and 90 days, month-to-month leases, a future lease and an ended one (a vacant unit).
    /// </summary>
    private static (DateOnly From, DateOnly? To) LeaseDates(DateOnly today, int index, int days, ref string leaseType)
    {
        switch (index % 20)
        {
            case 0 or 10:
                return Ending(today.AddDays(3 + (days % 26)));
            case 1 or 11:
                return Ending(today.AddDays(35 + (days % 24)));
            case 2 or 12:
                return Ending(today.AddDays(65 + (days % 24)));
            case 3 or 13:
                leaseType = "AtWill";
                return (today.AddDays(-(400 + (days % 500))), null);
            case 4:
                var start = today.AddDays(5 + (days % 56));
                return (start, start.AddYears(1).AddDays(-1));
            case 5:
                return Ending(today.AddDays(-(70 + (days % 150))));
            default:
                var from = today.AddDays(-(days % 270));
                return (from, from.AddYears(1).AddDays(-1));
        }

        static (DateOnly, DateOnly?) Ending(DateOnly to) => (to.AddYears(-1).AddDays(1), to);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static List<TenantMessage> Tenants(SeedContext seed, AddressMessage address, DateTime created, int count)
    {
        var tenants = new List<TenantMessage>();
        var last = seed.Random.Pick(SeedNames.LastNames);
        for (var i = 0; i < count; i++)
        {
            var first = seed.Random.Pick(SeedNames.FirstNames);
            tenants.Add(new TenantMessage
            {
                Id = seed.Data.TenantIds.Next(),
                FirstName = first,
                LastName = last,
                Email = seed.Email(first, last),
                AlternateEmail = null,
                PhoneNumbers = seed.Phones(seed.Random.Pick(SeedNames.Cities).AreaCode),
                CreatedDateTime = created,
                EmergencyContact = new EmergencyContactMessage(),
                DateOfBirth = new DateOnly(seed.Random.Between(1950, 2003), seed.Random.Between(1, 12), seed.Random.Between(1, 28)),
                SMSOptInStatus = "NotSet",
                Address = address,
                AlternateAddress = null,
                MailingPreference = "PrimaryAddress",
                Leases = [],
                Comment = null,
                TaxId = null,
            });
            seed.Data.Tenants.Put(new Storage.StoredRecord<TenantMessage>(tenants[^1].Id!.Value, 0, tenants[^1], created));
        }

        return tenants;
    }
}
