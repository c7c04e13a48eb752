using PropertyManager.Buildium.Common;

namespace PropertyManager.Buildium.Rentals;

/// <summary>Copies a rental as read into the full PUT message (Buildium blanks omitted fields).</summary>
public static class RentalMapping
{
    public static RentalPropertyPutMessage ToPutMessage(this RentalMessage rental)
    {
        ArgumentNullException.ThrowIfNull(rental);
        return new RentalPropertyPutMessage
        {
            Name = rental.Name ?? string.Empty,
            StructureDescription = rental.StructureDescription,
            Address = rental.Address.ToSaveAddress(),
            RentalSubType = rental.RentalSubType,
            OperatingBankAccountId = rental.OperatingBankAccountId,
            PropertyManagerId = rental.RentalManager?.Id,
            Reserve = rental.Reserve,
            YearBuilt = rental.YearBuilt,
        };
    }
}
