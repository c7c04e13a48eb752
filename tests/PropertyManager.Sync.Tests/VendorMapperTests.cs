using System.Text.Json.Nodes;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Payables;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class VendorMapperTests
{
    [Fact]
    public void A_vendor_maps_to_every_vendor_column()
    {
        var vendor = new Vendor();

        VendorMapper.ToLocal(Samples.Vendor(), vendor);

        vendor.BuildiumVendorId.ShouldBe(8801);
        vendor.Name.ShouldBe("Ortega Plumbing & Heating LLC");
        vendor.ContactName.ShouldBe("Luis Ortega");
        vendor.CategoryId.ShouldBe(12);
        vendor.Email.ShouldBe("dispatch@ortegaplumbing.example");
        vendor.PhoneNumber.ShouldBe("(617) 555-0177");
        vendor.AddressLine1.ShouldBe("310 Dorchester Ave");
        vendor.AddressLine2.ShouldBe("Unit 2");
        vendor.City.ShouldBe("South Boston");
        vendor.State.ShouldBe("MA");
        vendor.PostalCode.ShouldBe("02127");
        vendor.Country.ShouldBe("UnitedStates");
        vendor.TaxId.ShouldBe("04-3456789");
        vendor.Notes.ShouldBe("24/7 emergency service; net 30.");
        vendor.IsActive.ShouldBe(true);
        VendorMapper.Parents(Samples.Vendor()).ShouldBe(BuildiumParents.None);
    }

    [Fact]
    public void An_individual_vendor_is_named_first_and_last_with_no_contact()
    {
        var message = Samples.Vendor();
        message.IsCompany = false;
        message.CompanyName = null;
        message.FirstName = "Ana María";
        message.LastName = "Souza";
        message.PhoneNumbers = [];
        message.IsActive = false;
        var vendor = new Vendor();

        VendorMapper.ToLocal(message, vendor);

        vendor.Name.ShouldBe("Ana María Souza");
        vendor.ContactName.ShouldBeNull();
        vendor.PhoneNumber.ShouldBeNull();
        vendor.IsActive.ShouldBe(false);
    }

    [Fact]
    public void A_local_vendor_survives_post_and_Buildiums_echo()
    {
        var local = new Vendor
        {
            Name = "Fenway Electric Co.",
            ContactName = "Priya Raman",
            CategoryId = 14,
            Email = "office@fenwayelectric.example",
            PhoneNumber = "(617) 555-0610",
            AddressLine1 = "1 Kenmore Sq",
            AddressLine2 = "Suite 300",
            City = "Boston",
            State = "MA",
            PostalCode = "02215",
            Country = "UnitedStates",
            TaxId = "04-9988776",
            Notes = "Licensed master electrician",
        };

        var post = VendorMapper.ToPost(local);
        var echoed = BuildiumEcho.Echo<VendorMessage>(post, json =>
        {
            json["Id"] = 8820;
            json["IsActive"] = true;
            json["Category"] = new JsonObject { ["Id"] = json["CategoryId"]!.DeepClone(), ["Name"] = "Electrical" };
            json["PhoneNumbers"] = new JsonArray(new JsonObject { ["Number"] = json["PhoneNumbers"]!["Work"]!.DeepClone(), ["Type"] = "Office" });
            var tax = json["TaxInformation"]!.AsObject();
            tax["TaxPayerIdType"] = "EIN";
        });
        var pulled = new Vendor();
        VendorMapper.ToLocal(echoed, pulled);

        post.IsCompany.ShouldBeTrue();
        post.FirstName.ShouldBe("Priya");
        post.LastName.ShouldBe("Raman");
        foreach (var property in typeof(Vendor).GetProperties().Where(p => p.Name is not (nameof(Vendor.Bills) or nameof(Vendor.BuildiumVendorId) or nameof(Vendor.IsActive))))
        {
            property.GetValue(pulled).ShouldBe(property.GetValue(local), property.Name);
        }
    }

    [Fact]
    public void ApplyTo_keeps_the_other_phones_the_third_address_line_and_the_rest_of_the_tax_information()
    {
        var message = Samples.Vendor();
        var put = message.ToPutMessage();
        var local = new Vendor();
        VendorMapper.ToLocal(message, local);
        local.PhoneNumber = "(617) 555-0999";
        local.Name = "Ortega Plumbing, Heating & Cooling LLC";
        local.TaxId = "04-1112223";

        VendorMapper.ApplyTo(local, put);

        put.CompanyName.ShouldBe("Ortega Plumbing, Heating & Cooling LLC");
        put.FirstName.ShouldBe("Luis");
        put.LastName.ShouldBe("Ortega");
        put.PhoneNumbers!.Work.ShouldBe("(617) 555-0999", "the pulled phone was the Office one");
        put.PhoneNumbers.Mobile.ShouldBe("(857) 555-0188");
        put.Address!.AddressLine3.ShouldBe("Rear entrance");
        put.Website.ShouldBe("https://ortegaplumbing.example");
        put.ExpenseGlAccountId.ShouldBe(40010);
        put.VendorInsurance!.PolicyNumber.ShouldBe("LM-4451-22");
        put.TaxInformation!.TaxPayerId.ShouldBe("04-1112223");
        put.TaxInformation.TaxPayerType!.Value.Known.ShouldBe(TaxPayerIdType.EIN);
        put.TaxInformation.IncludeIn1099.ShouldBeTrue();
        put.CategoryId.ShouldBe(12);
    }

    [Fact]
    public void A_vendor_without_category_cannot_be_posted_and_long_names_are_truncated()
    {
        Should.Throw<InvalidOperationException>(() => VendorMapper.ToPost(new Vendor { Name = "No category" }));
        var message = Samples.Vendor();
        message.CompanyName = new string('A', 400);
        var vendor = new Vendor();

        VendorMapper.ToLocal(message, vendor);

        vendor.Name!.Length.ShouldBe(255);
    }

    [Fact]
    public void A_vendor_category_round_trips_its_name()
    {
        var category = new VendorCategory { Description = "Local note" };
        VendorCategoryMapper.ToLocal(new VendorCategoryMessage { Id = 12, Name = "Plumbing", IsSystemCategory = true }, category);

        var post = VendorCategoryMapper.ToPost(new VendorCategory { Name = "Landscaping" });
        var echoed = BuildiumEcho.Echo<VendorCategoryMessage>(post, json => json["Id"] = 15);
        var pulled = new VendorCategory();
        VendorCategoryMapper.ToLocal(echoed, pulled);
        var put = new VendorCategoryMessage { Id = 15, Name = "Landscaping" }.ToPutMessage();
        VendorCategoryMapper.ApplyTo(new VendorCategory { Name = "Landscaping & Snow" }, put);

        category.BuildiumCategoryId.ShouldBe(12);
        category.Name.ShouldBe("Plumbing");
        category.Description.ShouldBe("Local note");
        VendorCategoryMapper.IsEditable(new VendorCategoryMessage { IsSystemCategory = true }).ShouldBeFalse();
        pulled.BuildiumCategoryId.ShouldBe(15);
        pulled.Name.ShouldBe("Landscaping");
        put.Name.ShouldBe("Landscaping & Snow");
    }
}
