namespace PropertyManager.BuildiumEmulator.Rentals;

/// <summary>RentalType is not writable; Buildium derives it from the sub type.</summary>
internal static class RentalTypes
{
    public static string FromSubType(string? subType) => subType switch
    {
        "CondoTownhome" or "MultiFamily" or "SingleFamily" => "Residential",
        null => "None",
        _ => "Commercial",
    };
}
