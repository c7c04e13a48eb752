using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Units;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Units;
using PropertyManager.Sync.Mapping;
using PropertyManager.Sync.Portfolio;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

public sealed class PropertyAndUnitMapperTests
{
    [Fact]
    public void A_rental_maps_to_every_property_column()
    {
        var property = new Property();

        PropertyMapper.ToLocal(Samples.Rental(), property);

        property.BuildiumPropertyId.ShouldBe(50112);
        property.Name.ShouldBe("Brighton Court Apartments");
        property.StructureDescription.ShouldBe("Three-storey brick walk-up, built around a courtyard");
        property.AddressLine1.ShouldBe("1420 Commonwealth Ave");
        property.AddressLine2.ShouldBe("Building C");
        property.AddressLine3.ShouldBe("Attn: Leasing Office");
        property.City.ShouldBe("Boston");
        property.State.ShouldBe("MA");
        property.PostalCode.ShouldBe("02135");
        property.Country.ShouldBe("UnitedStates");
        property.RentalSubType.ShouldBe("MultiFamily");
        property.PropertyType.ShouldBe("Residential");
        property.Reserve.ShouldBe(2500.00m);
        property.YearBuilt.ShouldBe(1928);
        property.TotalUnits.ShouldBe(12);
        property.IsActive.ShouldBe(true);
        property.Status.ShouldBe(PropertyStatuses.Active);
        PropertyMapper.Parents(Samples.Rental()).ShouldBe(new BuildiumParents { BankAccountId = 10021 });
    }

    [Fact]
    public void An_inactive_rental_is_Inactive_and_an_unknown_sub_type_is_kept_as_text()
    {
        var rental = Samples.Rental();
        rental.IsActive = false;
        rental.RentalSubType = new BuildiumEnumValue<RentalSubType>("Treehouse");
        rental.OperatingBankAccountId = 0;
        var property = new Property { Bedrooms = 24, SquareFootage = 11000 };

        PropertyMapper.ToLocal(rental, property);

        property.Status.ShouldBe(PropertyStatuses.Inactive);
        property.IsActive.ShouldBe(false);
        property.RentalSubType.ShouldBe("Treehouse");
        property.Bedrooms.ShouldBe(24, "local-only columns are not touched");
        property.SquareFootage.ShouldBe(11000);
        PropertyMapper.Parents(rental).BankAccountId.ShouldBeNull("0 is Buildium's 'none'");
    }

    [Fact]
    public void A_local_property_survives_post_and_Buildiums_echo()
    {
        var local = new Property
        {
            Name = "Harbor View Lofts",
            StructureDescription = "Converted warehouse",
            AddressLine1 = "25 Channel Center St",
            AddressLine2 = "Floor 2",
            City = "Boston",
            State = "MA",
            PostalCode = "02210",
            Country = "UnitedStates",
            RentalSubType = "Office",
            Reserve = 1200m,
            YearBuilt = 1911,
        };
        var units = new[] { new Unit { UnitNumber = "201", UnitBathrooms = "ThreePointFiveBath", UnitBedrooms = "Studio", AddressLine1 = "25 Channel Center St", PostalCode = "02210", Country = "UnitedStates" } };

        var post = PropertyMapper.ToPost(local, operatingBankAccountBuildiumId: 10021, rentalOwnerBuildiumIds: [3301], units: units);
        var echoed = BuildiumEcho.Echo<RentalMessage>(post, json =>
        {
            json["Id"] = 50999;
            json["IsActive"] = true;
            json["NumberUnits"] = 1;
            json["RentalType"] = "Commercial";
        });
        var pulled = new Property();
        PropertyMapper.ToLocal(echoed, pulled);

        post.RentalOwnerIds.ShouldBe([3301]);
        post.Units!.Single().UnitBathrooms!.Value.Value.ShouldBe("ThreePointFiveBath");
        pulled.Name.ShouldBe(local.Name);
        pulled.StructureDescription.ShouldBe(local.StructureDescription);
        pulled.AddressLine1.ShouldBe(local.AddressLine1);
        pulled.AddressLine2.ShouldBe(local.AddressLine2);
        pulled.AddressLine3.ShouldBeNull();
        pulled.City.ShouldBe(local.City);
        pulled.State.ShouldBe(local.State);
        pulled.PostalCode.ShouldBe(local.PostalCode);
        pulled.Country.ShouldBe(local.Country);
        pulled.RentalSubType.ShouldBe("Office");
        pulled.Reserve.ShouldBe(1200m);
        pulled.YearBuilt.ShouldBe(1911);
        PropertyMapper.Parents(echoed).BankAccountId.ShouldBe(10021);
    }

    [Fact]
    public void ApplyTo_changes_the_edited_columns_and_keeps_the_rental_manager()
    {
        var put = Samples.Rental().ToPutMessage();
        var local = new Property();
        PropertyMapper.ToLocal(Samples.Rental(), local);
        local.Name = "Brighton Court";
        local.City = "Brighton";

        PropertyMapper.ApplyTo(local, put);

        put.Name.ShouldBe("Brighton Court");
        put.Address.City.ShouldBe("Brighton");
        put.Address.AddressLine3.ShouldBe("Attn: Leasing Office");
        put.PropertyManagerId.ShouldBe(7, "not held locally, so kept from the GET");
        put.OperatingBankAccountId.ShouldBe(10021);
        put.RentalSubType.Value.ShouldBe("MultiFamily");
    }

    [Fact]
    public void A_property_without_sub_type_cannot_be_posted()
    {
        var ex = Should.Throw<InvalidOperationException>(() => PropertyMapper.ToPost(new Property { Name = "No type" }, 10021));
        ex.Message.ShouldContain("sub type");
        PropertyMapper.ReadOnlyFields.ShouldContain(nameof(Property.PropertyType));
        PropertyMapper.ReadOnlyFields.ShouldContain(nameof(Property.TotalUnits));
    }

    [Fact]
    public void A_unit_maps_to_every_unit_column()
    {
        var unit = new Unit();

        UnitMapper.ToLocal(Samples.Unit(), unit);

        unit.BuildiumUnitId.ShouldBe(90877);
        unit.UnitNumber.ShouldBe("3B");
        unit.UnitSize.ShouldBe(940);
        unit.MarketRent.ShouldBe(2875.50m);
        unit.AddressLine1.ShouldBe("1420 Commonwealth Ave");
        unit.AddressLine2.ShouldBe("Building C");
        unit.AddressLine3.ShouldBe("Attn: Leasing Office");
        unit.City.ShouldBe("Boston");
        unit.State.ShouldBe("MA");
        unit.PostalCode.ShouldBe("02135");
        unit.Country.ShouldBe("UnitedStates");
        unit.UnitBedrooms.ShouldBe("TwoBed");
        unit.UnitBathrooms.ShouldBe("OnePointFiveBath");
        unit.Description.ShouldBe("Corner unit with bay windows");
        UnitMapper.Parents(Samples.Unit()).ShouldBe(new BuildiumParents { PropertyId = 50112 });
    }

    [Theory]
    [InlineData(UnitBathrooms.ThreePointFiveBath, "ThreePointFiveBath")]
    [InlineData(UnitBathrooms.FourPointFiveBath, "FourPointFiveBath")]
    [InlineData(UnitBathrooms.FivePlusBath, "FivePlusBath")]
    [InlineData(UnitBathrooms.NotSet, "NotSet")]
    public void Bathrooms_map_by_name_never_by_ordinal(UnitBathrooms bathrooms, string expected)
    {
        var message = Samples.Unit();
        message.UnitBathrooms = bathrooms;
        var unit = new Unit();

        UnitMapper.ToLocal(message, unit);
        var put = message.ToPutMessage();
        UnitMapper.ApplyTo(unit, put);

        unit.UnitBathrooms.ShouldBe(expected);
        put.UnitBathrooms!.Value.Known.ShouldBe(bathrooms);
        BuildiumEcho.Echo<RentalUnitMessage>(put).UnitBathrooms!.Value.Known.ShouldBe(bathrooms);
    }

    [Fact]
    public void Unknown_and_missing_unit_enums_are_kept_as_text_or_null()
    {
        var message = Samples.Unit();
        message.UnitBedrooms = new BuildiumEnumValue<UnitBedrooms>("TenBedPlus");
        message.UnitBathrooms = null;
        var unit = new Unit();

        UnitMapper.ToLocal(message, unit);
        var post = UnitMapper.ToPost(unit, 50112);

        unit.UnitBedrooms.ShouldBe("TenBedPlus");
        unit.UnitBathrooms.ShouldBeNull();
        post.UnitBedrooms!.Value.Value.ShouldBe("TenBedPlus");
        post.UnitBathrooms.ShouldBeNull();
    }

    [Fact]
    public void A_local_unit_survives_post_and_Buildiums_echo()
    {
        var local = new Unit
        {
            UnitNumber = "4A",
            UnitSize = 720,
            MarketRent = 2450m,
            AddressLine1 = "1420 Commonwealth Ave",
            City = "Boston",
            State = "MA",
            PostalCode = "02135",
            Country = "UnitedStates",
            UnitBedrooms = "OneBed",
            UnitBathrooms = "FourPointFiveBath",
            Description = "Top floor",
        };

        var post = UnitMapper.ToPost(local, propertyBuildiumId: 50112);
        var echoed = BuildiumEcho.Echo<RentalUnitMessage>(post, json => json["Id"] = 91000);
        var pulled = new Unit();
        UnitMapper.ToLocal(echoed, pulled);

        UnitMapper.Parents(echoed).PropertyId.ShouldBe(50112);
        pulled.BuildiumUnitId.ShouldBe(91000);
        pulled.UnitNumber.ShouldBe("4A");
        pulled.UnitSize.ShouldBe(720);
        pulled.MarketRent.ShouldBe(2450m);
        pulled.AddressLine1.ShouldBe(local.AddressLine1);
        pulled.City.ShouldBe("Boston");
        pulled.State.ShouldBe("MA");
        pulled.PostalCode.ShouldBe("02135");
        pulled.Country.ShouldBe("UnitedStates");
        pulled.UnitBedrooms.ShouldBe("OneBed");
        pulled.UnitBathrooms.ShouldBe("FourPointFiveBath");
        pulled.Description.ShouldBe("Top floor");
    }

    [Fact]
    public void An_over_long_unit_number_is_truncated_to_30_characters()
    {
        var message = Samples.Unit();
        message.UnitNumber = "Penthouse suite north wing, level 14 (east)";
        var unit = new Unit();

        UnitMapper.ToLocal(message, unit);

        unit.UnitNumber.ShouldBe("Penthouse suite north wing, le");
    }
}
