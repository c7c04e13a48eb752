namespace PropertyManager.Data.Tenants;

/// <summary>
/// A resident on one or more leases (table <c>tenants</c>, beside the documented schema; issue 15). Buildium's tenant:
/// contact details, the primary address, date of birth where Buildium has it; the tax id is encrypted as owners' are.
/// </summary>
public sealed class Tenant
{
    public Guid Id { get; set; }
    public int? BuildiumTenantId { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? Email { get; set; }
    public string? AlternateEmail { get; set; }
    public string? PhoneHome { get; set; }
    public string? PhoneWork { get; set; }
    public string? PhoneMobile { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? AddressLine3 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public string? Country { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Comment { get; set; }
    public string? TaxId { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTimeOffset? BuildiumCreatedAt { get; set; }
    public DateTimeOffset? CreatedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }

    public List<LeaseTenant> Leases { get; set; } = [];
}
