namespace PropertyManager.Data.Owners;

/// <summary>A rental owner (table <c>owners</c>).</summary>
public sealed class Owner
{
    public Guid Id { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public bool? IsCompany { get; set; }
    public string? CompanyName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public DateOnly? ManagementAgreementStartDate { get; set; }
    public DateOnly? ManagementAgreementEndDate { get; set; }
    public string? Email { get; set; }
    public string? AlternateEmail { get; set; }
    public string? PhoneHome { get; set; }
    public string? PhoneWork { get; set; }
    public string? PhoneMobile { get; set; }
    public string? PhoneFax { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? AddressLine3 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    public string? Comment { get; set; }
    public string? TaxPayerId { get; set; }
    /// <summary>One of <see cref="TaxPayerTypes"/>.</summary>
    public string? TaxPayerType { get; set; }
    public string? TaxPayerName1 { get; set; }
    public string? TaxPayerName2 { get; set; }
    public string? TaxAddressLine1 { get; set; }
    public string? TaxAddressLine2 { get; set; }
    public string? TaxAddressLine3 { get; set; }
    public string? TaxCity { get; set; }
    public string? TaxState { get; set; }
    public string? TaxPostalCode { get; set; }
    public string? TaxCountry { get; set; }
    public DateTimeOffset? LastContacted { get; set; }
    public int? BuildiumOwnerId { get; set; }
    public string? TaxId { get; set; }
    public bool? IsActive { get; set; }
    public DateTimeOffset? BuildiumCreatedAt { get; set; }
    public DateTimeOffset? BuildiumUpdatedAt { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public List<Ownership> Ownerships { get; set; } = [];
}
