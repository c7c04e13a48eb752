using PropertyManager.Data.GlAccounts;

namespace PropertyManager.Data.Leases;

/// <summary>One charge of a rent schedule (table <c>lease_rent_charges</c>): an amount to a GL account, due on a day.</summary>
public sealed class LeaseRentCharge
{
    public Guid Id { get; set; }
    public Guid LeaseRentId { get; set; }
    public int? BuildiumChargeId { get; set; }
    public Guid? GlAccountId { get; set; }
    public decimal Amount { get; set; }
    public string? Memo { get; set; }
    public DateOnly? FirstChargeDate { get; set; }
    public int? DueOnDayOfTheMonth { get; set; }

    public LeaseRent? Rent { get; set; }
    public GlAccount? GlAccount { get; set; }
}
