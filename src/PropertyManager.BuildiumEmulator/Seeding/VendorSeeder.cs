using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>Vendor categories (one system category) and vendors, mostly companies named after their trade.</summary>
internal static class VendorSeeder
{
    private static readonly string[] _insurers = ["Liberty Mutual", "Travelers", "The Hartford", "Nationwide"];

    public static void Seed(SeedContext seed)
    {
        var random = seed.Random;
        seed.Put(seed.Data.VendorCategories, new VendorCategoryMessage { Name = "Uncategorized", IsSystemCategory = true });
        var categories = SeedNames.VendorTrades
            .Select(trade => (Id: seed.Put(seed.Data.VendorCategories, new VendorCategoryMessage { Name = trade.Category, IsSystemCategory = false }).Id, trade.Trades))
            .ToList();
        seed.VendorCategoryIds.AddRange(categories.Select(c => c.Id));

        for (var v = 0; v < seed.Profile.Vendors; v++)
        {
            var (categoryId, trades) = categories[v % categories.Count];
            var (first, last) = seed.Person();
            var (address, areaCode) = seed.Address();

            // A third address line the app does not hold: a PUT must carry it back.
            address.AddressLine3 = "Accounts payable";
            var isCompany = random.Chance(0.85);
            var companyName = isCompany ? $"{last} {random.Pick(trades)}" : null;
            var domain = $"{last.ToLowerInvariant()}{v}.example.com";
            var insuranceExpires = seed.Today.AddDays(random.Between(-90, 540)).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var vendor = seed.Put(seed.Data.Vendors, new VendorMessage
            {
                IsCompany = isCompany,
                IsActive = random.Chance(0.95),
                FirstName = first,
                LastName = last,
                PrimaryEmail = isCompany ? $"office@{domain}" : seed.Email(first, last),
                AlternateEmail = $"billing@{domain}",
                CompanyName = companyName,
                PhoneNumbers = [new PhoneNumberMessage { Number = random.Phone(areaCode), Type = "Office" }],
                Website = isCompany ? $"https://www.{domain}" : null,
                Category = new LookupMessage { Id = categoryId },
                Address = address,
                VendorInsurance = new VendorInsuranceMessage
                {
                    Provider = random.Pick(_insurers),
                    PolicyNumber = $"POL-{random.Digits(8)}",
                    ExpirationDate = insuranceExpires,
                },
                Comments = v % 2 == 0 ? "Preferred vendor; invoices monthly." : "Call before visiting.",
                AccountNumber = $"V{random.Digits(6)}",
                ExpenseGLAccountId = random.Pick(seed.ExpenseGlAccountIds),
                TaxInformation = new VendorTaxInformationMessage
                {
                    TaxPayerIdType = isCompany ? "EIN" : "SSN",
                    // Stored in full; the API masks an SSN when it reads it back.
                    TaxPayerId = isCompany ? $"{random.Digits(2)}-{random.Digits(7)}" : $"{100 + (v % 800):000}-{10 + (v % 89):00}-{random.Digits(4)}",
                    TaxPayerName1 = companyName ?? $"{first} {last}",
                    TaxPayerName2 = "Attn: accounts payable",
                    IncludeIn1099 = true,
                    Address = address,
                },
            });
            seed.VendorIds.Add(vendor.Id);
        }
    }
}
