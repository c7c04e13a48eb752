using System.Text.Json.Nodes;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Owners;
using PropertyManager.Data.Owners;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Portfolio;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class OwnerMapperTests
{
    [Fact]
    public void An_owner_maps_to_every_owner_column()
    {
        var owner = new Owner { DateOfBirth = new DateOnly(1961, 4, 2) };

        OwnerMapper.ToLocal(Samples.Owner(), owner);

        owner.BuildiumOwnerId.ShouldBe(3301);
        owner.IsCompany.ShouldBe(false);
        owner.IsActive.ShouldBe(true);
        owner.FirstName.ShouldBe("Margaret");
        owner.LastName.ShouldBe("O'Donnell");
        owner.CompanyName.ShouldBe("O'Donnell Family Trust");
        owner.Email.ShouldBe("margaret.odonnell@example.com");
        owner.AlternateEmail.ShouldBe("modonnell@example.org");
        owner.Comment.ShouldBe("Prefers contact by email; quarterly statements.");
        owner.ManagementAgreementStartDate.ShouldBe(new DateOnly(2023, 1, 1));
        owner.ManagementAgreementEndDate.ShouldBe(new DateOnly(2027, 12, 31));
        owner.PhoneHome.ShouldBe("(617) 555-0142");
        owner.PhoneWork.ShouldBe("(617) 555-0199");
        owner.PhoneMobile.ShouldBe("(857) 555-0123");
        owner.PhoneFax.ShouldBe("(617) 555-0100");
        owner.AddressLine1.ShouldBe("88 Beacon St");
        owner.AddressLine2.ShouldBe("Apt 4");
        owner.AddressLine3.ShouldBe("c/o Hale & Dorr");
        owner.City.ShouldBe("Boston");
        owner.State.ShouldBe("MA");
        owner.PostalCode.ShouldBe("02108");
        owner.Country.ShouldBe("UnitedStates");
        owner.TaxPayerId.ShouldBe("123-45-6789");
        owner.TaxId.ShouldBe("123-45-6789");
        owner.TaxPayerType.ShouldBe(TaxPayerTypes.Ssn);
        owner.TaxPayerName1.ShouldBe("Margaret O'Donnell");
        owner.TaxPayerName2.ShouldBe("O'Donnell Family Trust");
        owner.TaxAddressLine1.ShouldBe("PO Box 2231");
        owner.TaxAddressLine2.ShouldBe("Suite 5");
        owner.TaxAddressLine3.ShouldBe("Dept 12");
        owner.TaxCity.ShouldBe("Cambridge");
        owner.TaxState.ShouldBe("MA");
        owner.TaxPostalCode.ShouldBe("02139");
        owner.TaxCountry.ShouldBe("UnitedStates");
        owner.DateOfBirth.ShouldBe(new DateOnly(1961, 4, 2), "write-only in Buildium: the pull keeps the local value");
        OwnerMapper.OwnedPropertyIds(Samples.Owner()).ShouldBe([50112, 50113]);
        OwnerMapper.Parents(Samples.Owner()).ShouldBe(BuildiumParents.None);
    }

    [Fact]
    public void Phone_types_fill_the_four_columns_and_Personal_or_Other_take_a_free_slot()
    {
        var message = Samples.Owner();
        message.PhoneNumbers =
        [
            new PhoneNumberMessage { Number = "(617) 555-0300", Type = PhoneNumberType.Personal },
            new PhoneNumberMessage { Number = "(617) 555-0301", Type = PhoneNumberType.Office },
            new PhoneNumberMessage { Number = "(617) 555-0302", Type = PhoneNumberType.Fax },
        ];
        var owner = new Owner();

        OwnerMapper.ToLocal(message, owner);

        owner.PhoneWork.ShouldBe("(617) 555-0301");
        owner.PhoneFax.ShouldBe("(617) 555-0302");
        owner.PhoneMobile.ShouldBe("(617) 555-0300");
        owner.PhoneHome.ShouldBeNull();
    }

    [Fact]
    public void The_phone_columns_become_Buildiums_write_object_and_come_back_as_the_typed_array()
    {
        var owner = new Owner { PhoneHome = "(617) 555-0142", PhoneWork = "(617) 555-0199", PhoneMobile = "  ", PhoneFax = "(617) 555-0100" };

        var phones = OwnerMapper.Phones(owner)!;
        var echoed = BuildiumEcho.Echo<RentalOwnerMessage>(
            new { Id = 1, PhoneNumbers = phones },
            json => json["PhoneNumbers"] = PhonesAsArray(json["PhoneNumbers"]!.AsObject()));
        var pulled = new Owner();
        OwnerMapper.ToLocal(echoed, pulled);

        phones.Home.ShouldBe("(617) 555-0142");
        phones.Work.ShouldBe("(617) 555-0199");
        phones.Mobile.ShouldBeNull("a blank column is no phone");
        phones.Fax.ShouldBe("(617) 555-0100");
        echoed.PhoneNumbers!.Select(p => p.Type.Value).ShouldBe(["Home", "Office", "Fax"]);
        pulled.PhoneHome.ShouldBe(owner.PhoneHome);
        pulled.PhoneWork.ShouldBe(owner.PhoneWork);
        pulled.PhoneMobile.ShouldBeNull();
        pulled.PhoneFax.ShouldBe(owner.PhoneFax);
        OwnerMapper.Phones(new Owner()).ShouldBeNull();
    }

    [Fact]
    public void A_local_owner_survives_post_and_Buildiums_echo()
    {
        var local = new Owner();
        OwnerMapper.ToLocal(Samples.Owner(), local);
        local.DateOfBirth = new DateOnly(1961, 4, 2);

        var post = OwnerMapper.ToPost(local, [50112, 50113]);
        var echoed = BuildiumEcho.Echo<RentalOwnerMessage>(post, json =>
        {
            json["Id"] = 3301;
            json["IsActive"] = true;
            json.Remove("DateOfBirth");
            json["PhoneNumbers"] = PhonesAsArray(json["PhoneNumbers"]!.AsObject());
            var tax = json["TaxInformation"]!.AsObject();
            tax["TaxPayerIdType"] = tax["TaxPayerType"]!.DeepClone();
            tax.Remove("TaxPayerType");
        });
        var pulled = new Owner();
        OwnerMapper.ToLocal(echoed, pulled);

        post.DateOfBirth.ShouldBe(new DateOnly(1961, 4, 2));
        post.TaxInformation!.TaxPayerType!.Value.Known.ShouldBe(TaxPayerIdType.SSN);
        OwnerMapper.OwnedPropertyIds(echoed).ShouldBe([50112, 50113]);
        foreach (var property in typeof(Owner).GetProperties().Where(p => p.PropertyType != typeof(List<Ownership>) && p.Name != nameof(Owner.DateOfBirth)))
        {
            property.GetValue(pulled).ShouldBe(property.GetValue(local), property.Name);
        }
    }

    [Fact]
    public void ApplyTo_sends_the_write_only_birth_date_and_keeps_links_unless_given()
    {
        var message = Samples.Owner();
        var put = message.ToPutMessage();
        var local = new Owner();
        OwnerMapper.ToLocal(message, local);
        local.DateOfBirth = new DateOnly(1961, 4, 2);
        local.Email = "m.odonnell@example.net";
        local.PhoneMobile = null;

        OwnerMapper.ApplyTo(local, put);

        put.DateOfBirth.ShouldBe(new DateOnly(1961, 4, 2));
        put.Email.ShouldBe("m.odonnell@example.net");
        put.PhoneNumbers!.Mobile.ShouldBeNull();
        put.PhoneNumbers.Home.ShouldBe("(617) 555-0142");
        put.PropertyIds.ShouldBe([50112, 50113]);
        put.Address.AddressLine3.ShouldBe("c/o Hale & Dorr");

        OwnerMapper.ApplyTo(local, put, [50112]);
        put.PropertyIds.ShouldBe([50112]);
        OwnerMapper.ReadOnlyFields.ShouldContain(nameof(Owner.TaxPayerId), "the owner PUT has no tax information");
    }

    [Fact]
    public void Over_long_tax_names_are_truncated_to_40_characters()
    {
        var message = Samples.Owner();
        message.TaxInformation!.TaxPayerName1 = "The Margaret and Francis O'Donnell Irrevocable Family Trust of 1998";
        var owner = new Owner();

        OwnerMapper.ToLocal(message, owner);

        owner.TaxPayerName1.ShouldBe("The Margaret and Francis O'Donnell Irrev");
    }

    private static JsonArray PhonesAsArray(JsonObject phones)
    {
        var types = new[] { ("Home", "Home"), ("Work", "Office"), ("Mobile", "Cell"), ("Fax", "Fax") };
        var array = new JsonArray();
        foreach (var (slot, type) in types)
        {
            if (phones[slot] is { } number)
            {
                array.Add(new JsonObject { ["Number"] = number.DeepClone(), ["Type"] = type });
            }
        }

        return array;
    }
}
