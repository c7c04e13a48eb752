using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Tenants;
using PropertyManager.Sync.Portfolio;
using PropertyManager.Sync.Receivables;

namespace PropertyManager.Sync.Tests;

/// <summary>Tenants, their lease links and rent schedules as the pull maps them.</summary>
public sealed class ResidentsMapperTests
{
    [Fact]
    public void A_tenant_maps_names_emails_phones_by_type_address_birth_date_and_comment()
    {
        var tenant = new Tenant();

        TenantMapper.ToLocal(Tenant(7), tenant);

        tenant.BuildiumTenantId.ShouldBe(7);
        tenant.FirstName.ShouldBe("Ada");
        tenant.LastName.ShouldBe("Lovelace");
        tenant.Email.ShouldBe("ada@example.com");
        tenant.AlternateEmail.ShouldBe("ada.alt@example.com");
        tenant.PhoneHome.ShouldBe("617-555-0101");
        tenant.PhoneWork.ShouldBe("617-555-0102");
        tenant.PhoneMobile.ShouldBe("617-555-0103");
        tenant.AddressLine1.ShouldBe("1 Main St");
        tenant.City.ShouldBe("Boston");
        tenant.State.ShouldBe("MA");
        tenant.PostalCode.ShouldBe("02134");
        tenant.Country.ShouldBe("UnitedStates");
        tenant.DateOfBirth.ShouldBe(new DateOnly(1990, 12, 10));
        tenant.Comment.ShouldBe("Prefers e-mail");
        tenant.TaxId.ShouldBe("xxx-xx-6789");
        tenant.BuildiumCreatedAt.ShouldBe(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }

    [Fact]
    public void Links_take_status_and_move_in_from_the_lease_move_out_from_its_move_out_data_and_the_first_current_tenant_as_primary()
    {
        var source = Tenant(7);
        source.Leases =
        [
            new LeaseMessage
            {
                Id = 100,
                Tenants =
                [
                    new LeaseTenantMessage { Id = 5, Status = new BuildiumEnumValue<LeaseTenantStatus>(LeaseTenantStatus.MovedOut), MoveInDate = new DateOnly(2020, 1, 1) },
                    new LeaseTenantMessage { Id = 7, Status = new BuildiumEnumValue<LeaseTenantStatus>(LeaseTenantStatus.Current), MoveInDate = new DateOnly(2021, 2, 1) },
                ],
                MoveOutData = [new LeaseMoveOutDataMessage { TenantId = 5, MoveOutDate = new DateOnly(2021, 1, 31) }],
            },
            new LeaseMessage
            {
                Id = 200,
                Tenants =
                [
                    new LeaseTenantMessage { Id = 9, Status = new BuildiumEnumValue<LeaseTenantStatus>(LeaseTenantStatus.Current) },
                    new LeaseTenantMessage { Id = 7, Status = new BuildiumEnumValue<LeaseTenantStatus>(LeaseTenantStatus.MovedOut), MoveInDate = new DateOnly(2019, 5, 1) },
                ],
                MoveOutData = [new LeaseMoveOutDataMessage { TenantId = 7, MoveOutDate = new DateOnly(2020, 12, 31) }],
            },
        ];

        var links = TenantMapper.Links(source);

        links.ShouldBe(
        [
            new TenantLeaseLink(100, "Current", new DateOnly(2021, 2, 1), null, IsPrimary: true),
            new TenantLeaseLink(200, "MovedOut", new DateOnly(2019, 5, 1), new DateOnly(2020, 12, 31), IsPrimary: false),
        ]);
    }

    [Fact]
    public void A_rent_schedule_maps_cycle_dates_total_and_its_lease_and_each_charge()
    {
        var source = new RentMessage
        {
            Id = 31,
            LeaseId = 100,
            StartDate = new DateOnly(2026, 1, 1),
            EndDate = new DateOnly(2026, 12, 31),
            TotalAmount = 1650m,
            RentCycle = new BuildiumEnumValue<RentCycleRead>(RentCycleRead.Monthly),
            Charges =
            [
                new LeaseRentChargeMessage { Id = 1, GLAccountId = 4, Amount = 1500m, Memo = "Rent", FirstChargeDate = new DateOnly(2026, 1, 1), DueOnDayOfTheMonth = 1 },
                new LeaseRentChargeMessage { Id = 2, GLAccountId = 5, Amount = 150m, Memo = "Parking", FirstChargeDate = new DateOnly(2026, 1, 1), DueOnDayOfTheMonth = 1 },
            ],
        };
        var rent = new LeaseRent();

        LeaseRentMapper.ToLocal(source, rent);

        rent.BuildiumRentId.ShouldBe(31);
        rent.RentCycle.ShouldBe("Monthly");
        rent.StartDate.ShouldBe(new DateOnly(2026, 1, 1));
        rent.EndDate.ShouldBe(new DateOnly(2026, 12, 31));
        rent.TotalAmount.ShouldBe(1650m);
        LeaseRentMapper.Parents(source).LeaseId.ShouldBe(100);
        var charges = LeaseRentMapper.Charges(source);
        charges.Select(c => (c.BuildiumChargeId, c.Amount, c.Memo, c.DueOnDayOfTheMonth)).ShouldBe([(1, 1500m, "Rent", 1), (2, 150m, "Parking", 1)]);
    }

    private static TenantMessage Tenant(int id) => new()
    {
        Id = id,
        FirstName = "Ada",
        LastName = "Lovelace",
        Email = "ada@example.com",
        AlternateEmail = "ada.alt@example.com",
        PhoneNumbers =
        [
            new PhoneNumberMessage { Number = "617-555-0103", Type = new BuildiumEnumValue<PhoneNumberType>(PhoneNumberType.Cell) },
            new PhoneNumberMessage { Number = "617-555-0101", Type = new BuildiumEnumValue<PhoneNumberType>(PhoneNumberType.Home) },
            new PhoneNumberMessage { Number = "617-555-0102", Type = new BuildiumEnumValue<PhoneNumberType>(PhoneNumberType.Office) },
        ],
        Address = new AddressMessage { AddressLine1 = "1 Main St", City = "Boston", State = "MA", PostalCode = "02134", Country = "UnitedStates" },
        DateOfBirth = new DateOnly(1990, 12, 10),
        Comment = "Prefers e-mail",
        TaxId = "xxx-xx-6789",
        CreatedDateTime = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
    };
}
