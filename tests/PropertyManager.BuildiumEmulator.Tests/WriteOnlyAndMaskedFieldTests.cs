using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

/// <summary>
/// Write-only fields (in the PUT message, never in the read) are stored and cleared by a PUT that omits them;
/// individuals' SSNs read back masked; a masked or malformed tax id, or one without its type, is refused with 400.
/// </summary>
public sealed class WriteOnlyAndMaskedFieldTests
{
    [Fact]
    public async Task An_owners_date_of_birth_is_stored_never_returned_and_cleared_by_a_PUT_without_it()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var id = emulator.Store.GetIds("owners").First(i => emulator.Store.GetStored("owners", i)!["DateOfBirth"] is JsonValue);
        var read = await client.GetJsonAsync($"/v1/rentals/owners/{id}");
        read.AsObject().ContainsKey("DateOfBirth").ShouldBeFalse("the read model has no DateOfBirth");

        using (var withIt = await client.PutAsync($"/v1/rentals/owners/{id}", TestEmulator.Json(OwnerPut(read, dateOfBirth: "1966-07-21"))))
        {
            withIt.IsSuccessStatusCode.ShouldBeTrue(await withIt.Content.ReadAsStringAsync());
            (await withIt.ReadJsonAsync()).AsObject().ContainsKey("DateOfBirth").ShouldBeFalse();
        }

        emulator.Store.GetStored("owners", id)!["DateOfBirth"]!.GetValue<string>().ShouldBe("1966-07-21");

        using (var withoutIt = await client.PutAsync($"/v1/rentals/owners/{id}", TestEmulator.Json(OwnerPut(read, dateOfBirth: null))))
        {
            withoutIt.IsSuccessStatusCode.ShouldBeTrue();
        }

        emulator.Store.GetStored("owners", id)!["DateOfBirth"].ShouldBeNull("a PUT that omits a write-only field blanks it");
    }

    [Fact]
    public async Task A_GL_accounts_cash_asset_flag_is_stored_never_returned_and_cleared_by_a_PUT_without_it()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var id = emulator.Store.GetIds("glaccounts").First(i => emulator.Store.GetStored("glaccounts", i)!["IsCashAsset"]?.GetValue<bool>() == true);
        var read = await client.GetJsonAsync($"/v1/glaccounts/{id}");
        read.AsObject().ContainsKey("IsCashAsset").ShouldBeFalse("the read model has no IsCashAsset");

        using var put = await client.PutAsync($"/v1/glaccounts/{id}", TestEmulator.Json(new { Name = read["Name"]!.GetValue<string>(), SubType = "CurrentAsset", AccountNumber = read["AccountNumber"]!.GetValue<string>() }));

        put.IsSuccessStatusCode.ShouldBeTrue(await put.Content.ReadAsStringAsync());
        emulator.Store.GetStored("glaccounts", id)!["IsCashAsset"].ShouldBeNull();
    }

    [Fact]
    public async Task An_individuals_SSN_reads_back_masked_and_the_mask_is_refused_on_write()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var id = emulator.Store.GetIds("vendors").First(i => emulator.Store.GetStored("vendors", i)!["TaxInformation"]?["TaxPayerIdType"]?.GetValue<string>() == "SSN");
        var full = emulator.Store.GetStored("vendors", id)!["TaxInformation"]!["TaxPayerId"]!.GetValue<string>();
        var read = await client.GetJsonAsync($"/v1/vendors/{id}");
        var masked = read["TaxInformation"]!["TaxPayerId"]!.GetValue<string>();
        masked.ShouldBe($"xxx-xx-{full[^4..]}");
        emulator.Store.Get("vendors", id)!["TaxInformation"]!["TaxPayerId"]!.GetValue<string>().ShouldBe(masked, "the admin read is the API's");

        using var refused = await client.PutAsync($"/v1/vendors/{id}", TestEmulator.Json(VendorPut(read, masked, "SSN")));
        (await refused.ShouldBeBuildiumErrorAsync(400)).Keys().ShouldBe(["TaxInformation.TaxPayerId"]);
        emulator.Store.GetStored("vendors", id)!["TaxInformation"]!["TaxPayerId"]!.GetValue<string>().ShouldBe(full, "nothing was stored");

        using var accepted = await client.PutAsync($"/v1/vendors/{id}", TestEmulator.Json(VendorPut(read, full, "SSN")));
        accepted.IsSuccessStatusCode.ShouldBeTrue(await accepted.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("12-3456789", "SSN")]
    [InlineData("123-45-6789", "EIN")]
    [InlineData("123456789", "SSN")]
    [InlineData("123-45-6789", null)]
    public async Task A_tax_id_not_in_its_types_format_or_without_a_type_is_refused(string taxId, string? type)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var category = (await client.GetArrayAsync("/v1/vendors/categories"))[1]!.Id();

        using var response = await client.PostAsync("/v1/vendors", TestEmulator.Json(new
        {
            IsCompany = true,
            CompanyName = "Format Check LLC",
            CategoryId = category,
            TaxInformation = new { TaxPayerId = taxId, TaxPayerType = type },
        }));

        var errors = await response.ShouldBeBuildiumErrorAsync(400);
        errors.Keys().ShouldAllBe(k => k.StartsWith("TaxInformation.", StringComparison.Ordinal));
    }

    private static object OwnerPut(JsonNode read, string? dateOfBirth) => new
    {
        IsCompany = false,
        FirstName = read["FirstName"]!.GetValue<string>(),
        LastName = read["LastName"]!.GetValue<string>(),
        DateOfBirth = dateOfBirth,
        Address = TestEmulator.Address(),
        PropertyIds = read["PropertyIds"]!.AsArray().Select(p => p!.GetValue<int>()).ToArray(),
    };

    private static object VendorPut(JsonNode read, string taxId, string type) => new
    {
        IsCompany = false,
        FirstName = read["FirstName"]!.GetValue<string>(),
        LastName = read["LastName"]!.GetValue<string>(),
        CategoryId = read["Category"]!["Id"]!.GetValue<int>(),
        TaxInformation = new { TaxPayerId = taxId, TaxPayerType = type, IncludeIn1099 = true },
    };
}
