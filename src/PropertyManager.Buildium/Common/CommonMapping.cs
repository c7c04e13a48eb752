namespace PropertyManager.Buildium.Common;

/// <summary>Read-to-write conversions shared by several entities (addresses, phone numbers).</summary>
public static class CommonMapping
{
    /// <summary>
    /// The write address requires line 1, postal code and country; a missing value becomes empty so
    /// Buildium reports it as a validation error instead of the client failing before the call.
    /// </summary>
    public static SaveAddressMessage ToSaveAddress(this AddressMessage? address) => new()
    {
        AddressLine1 = address?.AddressLine1 ?? string.Empty,
        AddressLine2 = address?.AddressLine2,
        AddressLine3 = address?.AddressLine3,
        City = address?.City,
        State = address?.State,
        PostalCode = address?.PostalCode ?? string.Empty,
        Country = address?.Country ?? string.Empty,
    };

    public static SaveAddressMessage? ToOptionalSaveAddress(this AddressMessage? address) =>
        address is null ? null : address.ToSaveAddress();

    /// <summary>
    /// Read phones are a typed array, write phones four fixed slots: Home→Home, Office→Work,
    /// Cell→Mobile, Fax→Fax. Personal and Other have no slot of their own; they fill a free slot
    /// (Mobile, then Home, then Work), because the PUT would otherwise delete them.
    /// </summary>
    public static PhoneNumbersMessage? ToPhoneNumbersMessage(this IEnumerable<PhoneNumberMessage>? phones)
    {
        if (phones is null)
        {
            return null;
        }

        var result = new PhoneNumbersMessage();
        var leftovers = new List<string>();
        foreach (var phone in phones.Where(p => !string.IsNullOrWhiteSpace(p.Number)))
        {
            switch (phone.Type.Known)
            {
                case PhoneNumberType.Home when result.Home is null:
                    result.Home = phone.Number;
                    break;
                case PhoneNumberType.Office when result.Work is null:
                    result.Work = phone.Number;
                    break;
                case PhoneNumberType.Cell when result.Mobile is null:
                    result.Mobile = phone.Number;
                    break;
                case PhoneNumberType.Fax when result.Fax is null:
                    result.Fax = phone.Number;
                    break;
                default:
                    leftovers.Add(phone.Number!);
                    break;
            }
        }

        foreach (var number in leftovers)
        {
            if (result.Mobile is null)
            {
                result.Mobile = number;
            }
            else if (result.Home is null)
            {
                result.Home = number;
            }
            else if (result.Work is null)
            {
                result.Work = number;
            }
        }

        return result;
    }
}
