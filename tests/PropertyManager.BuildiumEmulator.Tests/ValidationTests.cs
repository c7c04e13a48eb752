using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class ValidationTests
{
    private static readonly int[] _unknownPropertyIds = [42];

    [Fact]
    public async Task Missing_required_fields_get_400_with_one_error_per_field()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/rentals", TestEmulator.Json(new { StructureDescription = "x" }));

        var errors = await response.ShouldBeBuildiumErrorAsync(400);
        errors.Keys().ShouldBe(["Name", "Address", "RentalSubType", "OperatingBankAccountId"], ignoreOrder: true);
    }

    [Fact]
    public async Task Save_address_requires_line1_postal_code_and_country()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/rentals/units", TestEmulator.Json(new { UnitNumber = "9Z", PropertyId = 1000, Address = new { City = "Boston" } }));

        (await response.ShouldBeBuildiumErrorAsync(400)).Keys().ShouldBe(["Address.AddressLine1", "Address.PostalCode", "Address.Country"], ignoreOrder: true);
    }

    [Fact]
    public async Task Values_over_the_documented_max_length_get_400()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/rentals", TestEmulator.Json(new
        {
            Name = new string('x', 128),
            Address = TestEmulator.Address(),
            RentalSubType = "MultiFamily",
            OperatingBankAccountId = 900,
        }));

        (await response.ShouldBeBuildiumErrorAsync(400)).Keys().ShouldBe(["Name"]);
    }

    [Fact]
    public async Task Invalid_enumeration_values_get_400_including_country_spelled_with_a_space()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/rentals", TestEmulator.Json(new
        {
            Name = "Enum test",
            Address = new { AddressLine1 = "1 Main", PostalCode = "02110", Country = "United States" },
            RentalSubType = "Castle",
            OperatingBankAccountId = 900,
        }));

        (await response.ShouldBeBuildiumErrorAsync(400)).Keys().ShouldBe(["Address.Country", "RentalSubType"], ignoreOrder: true);
    }

    [Fact]
    public async Task Bill_due_date_before_bill_date_gets_422()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/bills", TestEmulator.Json(new
        {
            Date = "2025-03-10",
            DueDate = "2025-03-01",
            VendorId = 3000,
            Lines = new[] { new { AccountingEntity = new { Id = 1000, AccountingEntityType = "Rental" }, GlAccountId = 14, Amount = 100.0 } },
        }));

        (await response.ShouldBeBuildiumErrorAsync(422)).Keys().ShouldBe(["DueDate"]);
    }

    [Fact]
    public async Task Unit_number_must_be_unique_within_its_property()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var first = await client.PostAsync("/v1/rentals/units", TestEmulator.Json(new { UnitNumber = "PH-1", PropertyId = 1000, Address = TestEmulator.Address() }));
        first.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        using var duplicate = await client.PostAsync("/v1/rentals/units", TestEmulator.Json(new { UnitNumber = "ph-1", PropertyId = 1000, Address = TestEmulator.Address() }));
        (await duplicate.ShouldBeBuildiumErrorAsync(422)).Keys().ShouldBe(["UnitNumber"]);
        using var elsewhere = await client.PostAsync("/v1/rentals/units", TestEmulator.Json(new { UnitNumber = "PH-1", PropertyId = 1001, Address = TestEmulator.Address() }));
        elsewhere.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
    }

    [Fact]
    public async Task Unknown_references_and_cross_field_rules_get_422()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var owner = await client.PostAsync("/v1/rentals/owners", TestEmulator.Json(new { IsCompany = false, FirstName = "Ann", Address = TestEmulator.Address(), PropertyIds = _unknownPropertyIds }));
        (await owner.ShouldBeBuildiumErrorAsync(422)).Keys().ShouldBe(["LastName", "PropertyIds[0]"], ignoreOrder: true);

        using var vendor = await client.PostAsync("/v1/vendors", TestEmulator.Json(new { IsCompany = true, CompanyName = "Acme", CategoryId = 1, Website = "not a url" }));
        (await vendor.ShouldBeBuildiumErrorAsync(422)).Keys().ShouldBe(["CategoryId", "Website"], ignoreOrder: true);

        using var state = await client.PostAsync("/v1/rentals/units", TestEmulator.Json(new { UnitNumber = "77", PropertyId = 1000, Address = new { AddressLine1 = "1 Main", PostalCode = "02110", Country = "UnitedStates", State = "Atlantis" } }));
        (await state.ShouldBeBuildiumErrorAsync(422)).Keys().ShouldBe(["Address.State"]);
    }

    [Theory]
    [InlineData("/v1/rentals?lastupdatedfrom=yesterday")]
    [InlineData("/v1/tasks?lastupdatedfrom=2025-01-01T10:00:00Z")]
    [InlineData("/v1/workorders?lastupdatedto=01/02/2025")]
    [InlineData("/v1/rentals?propertyids=abc")]
    [InlineData("/v1/rentals?status=Sleeping")]
    [InlineData("/v1/bills?frompaiddate=2025-13-01")]
    [InlineData("/v1/bills?entityid=1000")]
    [InlineData("/v1/tasks?priorities=Urgent")]
    [InlineData("/v1/glaccounts?accounttypes=Cash")]
    [InlineData("/v1/rentals?limit=0")]
    [InlineData("/v1/rentals?offset=-1")]
    [InlineData("/v1/rentals?orderby=Nope")]
    [InlineData("/v1/rentals?orderby=Name%20sideways")]
    public async Task Invalid_filter_formats_get_400(string path)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.GetAsync(path);

        (await response.ShouldBeBuildiumErrorAsync(400)).Count.ShouldBe(1);
    }
}
