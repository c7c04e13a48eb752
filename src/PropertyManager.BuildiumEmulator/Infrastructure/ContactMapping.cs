using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Write shapes to read shapes shared by several kinds (addresses, phone numbers).</summary>
internal static class ContactMapping
{
    private static readonly string[] _usStates =
    [
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
        "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
        "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
        "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
        "Washington", "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico",
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI",
        "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
    ];

    public static AddressMessage? ToAddress(SaveAddressMessage? address) => address is null ? null : new AddressMessage
    {
        AddressLine1 = address.AddressLine1,
        AddressLine2 = address.AddressLine2,
        AddressLine3 = address.AddressLine3,
        City = address.City,
        State = address.State,
        PostalCode = address.PostalCode,
        Country = address.Country,
    };

    /// <summary>Buildium: "When Country is UnitedStates this value must be a valid state name or abbreviation."</summary>
    public static void CheckState(SaveAddressMessage? address, string key, WriteErrors errors) =>
        errors.When(
            address is { Country: "UnitedStates", State: { Length: > 0 } state } && !_usStates.Contains(state, StringComparer.OrdinalIgnoreCase),
            key + ".State",
            "The state must be a valid US state name or abbreviation.");

    /// <summary>Write object {Home, Work, Mobile, Fax} to read array [{Number, Type}] (Work→Office, Mobile→Cell).</summary>
    public static List<PhoneNumberMessage> ToPhoneNumbers(PhoneNumbersMessage? phones)
    {
        var result = new List<PhoneNumberMessage>();
        if (phones is null)
        {
            return result;
        }

        AddPhone(result, phones.Home, "Home");
        AddPhone(result, phones.Work, "Office");
        AddPhone(result, phones.Mobile, "Cell");
        AddPhone(result, phones.Fax, "Fax");
        return result;
    }

    private static void AddPhone(List<PhoneNumberMessage> result, string? number, string type)
    {
        if (!string.IsNullOrWhiteSpace(number))
        {
            result.Add(new PhoneNumberMessage { Number = number, Type = type });
        }
    }
}
