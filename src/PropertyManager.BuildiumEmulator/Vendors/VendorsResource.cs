using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Owners;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Webhooks;

namespace PropertyManager.BuildiumEmulator.Vendors;

/// <summary>/v1/vendors. Note the casing split: read ExpenseGLAccountId, write ExpenseGlAccountId.</summary>
internal sealed class VendorsResource(ResourceContext context) : ResourceKind<VendorMessage>(context), IEndpointModule
{
    private const string BasePath = "/v1/vendors";

    public override string Name => "vendors";

    public override string NotFoundMessage => "No vendor found with the id.";

    public override RecordStore<VendorMessage> Store => Data.Vendors;

    protected override string WebhookEntity => "Vendor";

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<VendorMessage>
        {
            Kind = this,
            Filters =
            [
                ListFilters.EnumEquals<VendorMessage>("status", ["Inactive", "Active"], v => v.IsActive == true ? "Active" : "Inactive"),
                ListFilters.Contains<VendorMessage>("email", v => [v.PrimaryEmail, v.AlternateEmail]),
                ListFilters.Contains<VendorMessage>("website", v => [v.Website]),
                ListFilters.Contains<VendorMessage>("name", v => [v.FirstName, v.LastName, v.CompanyName, $"{v.FirstName} {v.LastName}"]),
                InsuranceExpiration,
                ListFilters.Contains<VendorMessage>("phone", v => (v.PhoneNumbers ?? []).Select(p => p.Number)),
                ListFilters.LastUpdated<VendorMessage>(TimestampPrecision.Second),
            ],
        };
        app.MapList(BasePath, view);
        app.MapGetById($"{BasePath}/{ResourceEndpoints.IdRoute}", view);
        app.MapCreate<VendorMessage, VendorPostMessage>(BasePath, view, (body, _) =>
        {
            var tax = body.TaxInformation;
            TaxIds.Check(tax?.TaxPayerId, tax?.TaxPayerType, "TaxInformation");
            Check(body.IsCompany, body.FirstName, body.LastName, body.CompanyName, body.CategoryId, body.ExpenseGlAccountId, body.Website, body.Address, tax?.Address);
            var vendor = Map(new VendorMessage { IsActive = true }, body.IsCompany, body.FirstName, body.LastName, body.CompanyName, body.PrimaryEmail, body.AlternateEmail, body.PhoneNumbers, body.Address, body.CategoryId, body.ExpenseGlAccountId, body.AccountNumber, body.Website, body.VendorInsurance, body.Comments);
            vendor.TaxInformation = Tax(tax?.TaxPayerId, tax?.TaxPayerType, tax?.TaxPayerName1, tax?.TaxPayerName2, includeIn1099: false, tax?.Address);
            return vendor;
        });
        app.MapUpdate<VendorMessage, VendorPutMessage>($"{BasePath}/{ResourceEndpoints.IdRoute}", view, (existing, body, _) =>
        {
            var tax = body.TaxInformation;
            TaxIds.Check(tax?.TaxPayerId, tax?.TaxPayerType, "TaxInformation");
            Check(body.IsCompany, body.FirstName, body.LastName, body.CompanyName, body.CategoryId, body.ExpenseGlAccountId, body.Website, body.Address, tax?.Address);
            var vendor = Map(ShallowCopy(existing.Value), body.IsCompany, body.FirstName, body.LastName, body.CompanyName, body.PrimaryEmail, body.AlternateEmail, body.PhoneNumbers, body.Address, body.CategoryId, body.ExpenseGlAccountId, body.AccountNumber, body.Website, body.VendorInsurance, body.Comments);
            vendor.TaxInformation = Tax(tax?.TaxPayerId, tax?.TaxPayerType, tax?.TaxPayerName1, tax?.TaxPayerName2, tax?.IncludeIn1099 ?? false, tax?.Address);
            return vendor;
        });
    }

    /// <summary>
    /// The category name is looked up at read time, so renaming a category shows on its vendors. An individual's SSN
    /// reads back masked (the record keeps it in full).
    /// </summary>
    public override object ToResponse(StoredRecord<VendorMessage> record)
    {
        var vendor = ShallowCopy(record.Value);
        if (vendor.Category?.Id is { } categoryId)
        {
            vendor.Category = new LookupMessage { Id = categoryId, Name = Data.VendorCategories.Find(categoryId)?.Value.Name };
        }

        if (vendor.TaxInformation is { TaxPayerIdType: "SSN" } tax)
        {
            vendor.TaxInformation = ObjectCopier.Shallow(tax);
            vendor.TaxInformation.TaxPayerId = TaxIds.MaskForRead(tax.TaxPayerIdType, tax.TaxPayerId);
        }

        return vendor;
    }

    protected override void AddWebhookIds(WebhookEvent webhookEvent, StoredRecord<VendorMessage> record) => webhookEvent.With("VendorId", record.Id);

    private static VendorTaxInformationMessage Tax(string? id, string? type, string? name1, string? name2, bool includeIn1099, SaveAddressMessage? address) => new()
    {
        TaxPayerId = id,
        TaxPayerIdType = type,
        TaxPayerName1 = name1,
        TaxPayerName2 = name2,
        IncludeIn1099 = includeIn1099,
        Address = ContactMapping.ToAddress(address),
    };

    private static VendorMessage Map(
        VendorMessage vendor,
        bool? isCompany,
        string? firstName,
        string? lastName,
        string? companyName,
        string? primaryEmail,
        string? alternateEmail,
        PhoneNumbersMessage? phones,
        SaveAddressMessage? address,
        int? categoryId,
        int? expenseGlAccountId,
        string? accountNumber,
        string? website,
        VendorInsuranceSaveMessage? insurance,
        string? comments)
    {
        vendor.IsCompany = isCompany;
        vendor.FirstName = firstName;
        vendor.LastName = lastName;
        vendor.CompanyName = companyName;
        vendor.PrimaryEmail = primaryEmail;
        vendor.AlternateEmail = alternateEmail;
        vendor.PhoneNumbers = ContactMapping.ToPhoneNumbers(phones);
        vendor.Address = ContactMapping.ToAddress(address);
        vendor.Category = new LookupMessage { Id = categoryId };
        vendor.ExpenseGLAccountId = expenseGlAccountId;
        vendor.AccountNumber = accountNumber;
        vendor.Website = website;
        vendor.VendorInsurance = new VendorInsuranceMessage
        {
            Provider = insurance?.Provider,
            PolicyNumber = insurance?.PolicyNumber,
            ExpirationDate = insurance?.ExpirationDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        };
        vendor.Comments = comments;
        return vendor;
    }

    private Func<StoredRecord<VendorMessage>, bool>? InsuranceExpiration(IQueryCollection query)
    {
        var value = QueryReader.Enum(query, "insuranceexpiration", ["Expired", "ThirtyDaysOrLess", "SixtyDaysOrLess", "NinetyDaysOrLess", "None", "Any"]);
        if (value is null or "Any")
        {
            return null;
        }

        var today = Context.UtcNow.Date;
        return v =>
        {
            var expires = v.Value.VendorInsurance?.ExpirationDate;
            return value switch
            {
                "None" => expires is null,
                "Expired" => expires < today,
                _ => expires >= today && expires <= today.AddDays(value switch { "ThirtyDaysOrLess" => 30, "SixtyDaysOrLess" => 60, _ => 90 }),
            };
        };
    }

    private void Check(bool? isCompany, string? firstName, string? lastName, string? companyName, int? categoryId, int? expenseGlAccountId, string? website, SaveAddressMessage? address, SaveAddressMessage? taxAddress)
    {
        var errors = new WriteErrors();
        OwnersResource.CheckName(isCompany, firstName, lastName, companyName, errors);
        errors.Exists(categoryId, id => Data.VendorCategories.Find(id) is not null, "CategoryId", "vendor category");
        errors.Exists(expenseGlAccountId, id => Data.GlAccounts.Find(id) is not null, "ExpenseGlAccountId", "general ledger account");
        errors.When(website is { Length: > 100 }, "Website", "The website cannot exceed 100 characters.");
        errors.When(
            website is not null && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)),
            "Website",
            "The website must be a valid URL, for example http://www.example.com.");
        ContactMapping.CheckState(address, "Address", errors);
        ContactMapping.CheckState(taxAddress, "TaxInformation.Address", errors);
        errors.ThrowIfAny();
    }
}
