using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Owners;

/// <summary>
/// /v1/rentals/owners. Read and write shapes differ (phone array vs {Home,Work,Mobile,Fax};
/// TaxPayerIdType vs TaxPayerType), and Buildium sends no webhooks for owners.
/// </summary>
internal sealed class OwnersResource(ResourceContext context) : ResourceKind<RentalOwnerMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/rentals/owners";

    public override string Name => "owners";

    public override string NotFoundMessage => "No rental owner found with the id.";

    public override RecordStore<RentalOwnerMessage> Store => Data.Owners;

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<RentalOwnerMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.AnyIntIn<RentalOwnerMessage>("propertyids", o => o.PropertyIds),
                ListFilters.EnumEquals<RentalOwnerMessage>("status", ["Inactive", "Active"], o => o.IsActive == true ? "Active" : "Inactive"),
                AgreementDaysRemaining,
                ListFilters.Contains<RentalOwnerMessage>("ownername", o => [o.FirstName, o.LastName, o.CompanyName, $"{o.FirstName} {o.LastName}"]),
                ListFilters.Contains<RentalOwnerMessage>("phone", o => (o.PhoneNumbers ?? []).Select(p => p.Number)),
                ListFilters.LastUpdated<RentalOwnerMessage>(TimestampPrecision.Second),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<RentalOwnerMessage, RentalOwnerPostMessage>(BasePath, view, Create);
        app.MapUpdate<RentalOwnerMessage, RentalOwnerPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, Update);
    }

    /// <summary>POST /v1/rentals with RentalOwnerIds adds the property to those owners.</summary>
    public void LinkProperty(int ownerId, int propertyId)
    {
        if (Store.Find(ownerId) is { } owner && owner.Value.PropertyIds?.Contains(propertyId) != true)
        {
            var copy = ShallowCopy(owner.Value);
            copy.PropertyIds = [.. owner.Value.PropertyIds ?? [], propertyId];
            Replace(ownerId, copy);
        }
    }

    public void SetActive(int ownerId, bool active)
    {
        if (Store.Find(ownerId) is { } owner && owner.Value.IsActive != active)
        {
            var copy = ShallowCopy(owner.Value);
            copy.IsActive = active;
            Replace(ownerId, copy);
        }
    }

    private Func<StoredRecord<RentalOwnerMessage>, bool>? AgreementDaysRemaining(IQueryCollection query)
    {
        if (QueryReader.Int(query, "agreementdaysremaining") is not { } days)
        {
            return null;
        }

        var today = Context.Today;
        return o => o.Value.ManagementAgreementEndDate is { } end && end >= today && end.DayNumber - today.DayNumber <= days;
    }

    /// <summary>An individual's SSN reads back masked (the record keeps it in full).</summary>
    public override object ToResponse(StoredRecord<RentalOwnerMessage> record)
    {
        if (record.Value.TaxInformation is not { TaxPayerIdType: "SSN" } tax)
        {
            return record.Value;
        }

        var owner = ShallowCopy(record.Value);
        owner.TaxInformation = ObjectCopier.Shallow(tax);
        owner.TaxInformation.TaxPayerId = TaxIds.MaskForRead(tax.TaxPayerIdType, tax.TaxPayerId);
        return owner;
    }

    private RentalOwnerMessage Create(RentalOwnerPostMessage body, HttpContext http)
    {
        TaxIds.Check(body.TaxInformation?.TaxPayerId, body.TaxInformation?.TaxPayerType, "TaxInformation");
        Check(body.IsCompany, body.FirstName, body.LastName, body.CompanyName, body.PropertyIds, body.Address, body.TaxInformation?.Address);
        var tax = body.TaxInformation;
        return Map(new RentalOwnerMessage
        {
            IsActive = true,
            DateOfBirth = body.DateOfBirth,
            TaxInformation = tax is null ? null : new RentalOwnerTaxInformationMessage
            {
                TaxPayerIdType = tax.TaxPayerType,
                TaxPayerId = tax.TaxPayerId,
                TaxPayerName1 = tax.TaxPayerName1,
                TaxPayerName2 = tax.TaxPayerName2,
                IncludeIn1099 = false,
                Address = ContactMapping.ToAddress(tax.Address),
            },
        }, body.IsCompany, body.FirstName, body.LastName, body.CompanyName, body.Email, body.AlternateEmail, body.PhoneNumbers, body.Address, body.Comment, body.ManagementAgreementStartDate, body.ManagementAgreementEndDate, body.PropertyIds);
    }

    private RentalOwnerMessage Update(StoredRecord<RentalOwnerMessage> existing, RentalOwnerPutMessage body, HttpContext http)
    {
        Check(body.IsCompany, body.FirstName, body.LastName, body.CompanyName, body.PropertyIds, body.Address, taxAddress: null);

        // The PUT message has no TaxInformation, so it survives; every other field is replaced, the write-only
        // DateOfBirth included (a PUT without it clears it, as Buildium does).
        var owner = ShallowCopy(existing.Value);
        owner.DateOfBirth = body.DateOfBirth;
        return Map(owner, body.IsCompany, body.FirstName, body.LastName, body.CompanyName, body.Email, body.AlternateEmail, body.PhoneNumbers, body.Address, body.Comment, body.ManagementAgreementStartDate, body.ManagementAgreementEndDate, body.PropertyIds);
    }

    private static RentalOwnerMessage Map(
        RentalOwnerMessage owner,
        bool? isCompany,
        string? firstName,
        string? lastName,
        string? companyName,
        string? email,
        string? alternateEmail,
        PhoneNumbersMessage? phones,
        SaveAddressMessage? address,
        string? comment,
        DateOnly? agreementStart,
        DateOnly? agreementEnd,
        List<int>? propertyIds)
    {
        owner.IsCompany = isCompany;
        owner.FirstName = firstName;
        owner.LastName = lastName;
        owner.CompanyName = companyName;
        owner.Email = email;
        owner.AlternateEmail = alternateEmail;
        owner.PhoneNumbers = ContactMapping.ToPhoneNumbers(phones);
        owner.Address = ContactMapping.ToAddress(address);
        owner.Comment = comment;
        owner.ManagementAgreementStartDate = agreementStart;
        owner.ManagementAgreementEndDate = agreementEnd;
        owner.PropertyIds = [.. propertyIds!.Distinct()];
        return owner;
    }

    private void Check(bool? isCompany, string? firstName, string? lastName, string? companyName, List<int>? propertyIds, SaveAddressMessage? address, SaveAddressMessage? taxAddress)
    {
        var errors = new WriteErrors();
        CheckName(isCompany, firstName, lastName, companyName, errors);
        errors.When(propertyIds is not { Count: > 0 }, "PropertyIds", "At least one property ID must be provided.");
        foreach (var (propertyId, index) in (propertyIds ?? []).Select((id, i) => (id, i)))
        {
            errors.Exists(propertyId, id => Data.Rentals.Find(id) is not null, $"PropertyIds[{index}]", "property");
        }

        ContactMapping.CheckState(address, "Address", errors);
        ContactMapping.CheckState(taxAddress, "TaxInformation.Address", errors);
        errors.ThrowIfAny();
    }

    /// <summary>People need first and last names, companies a company name (owners and vendors alike).</summary>
    public static void CheckName(bool? isCompany, string? firstName, string? lastName, string? companyName, WriteErrors errors)
    {
        if (isCompany == true)
        {
            errors.When(string.IsNullOrWhiteSpace(companyName), "CompanyName", "CompanyName is required when IsCompany is true.");
        }
        else
        {
            errors.When(string.IsNullOrWhiteSpace(firstName), "FirstName", "FirstName is required when IsCompany is false.");
            errors.When(string.IsNullOrWhiteSpace(lastName), "LastName", "LastName is required when IsCompany is false.");
        }
    }
}
