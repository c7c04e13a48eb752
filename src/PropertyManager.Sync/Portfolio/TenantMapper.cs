using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Leases;
using PropertyManager.Data.Common;
using PropertyManager.Data.Tenants;
using PropertyManager.Sync.Mapping;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Portfolio;

/// <summary>
/// Lease tenant (<see cref="TenantMessage"/>) → <see cref="Tenant"/> (table <c>tenants</c>) and its
/// <c>lease_tenants</c> links.
/// <list type="bullet">
/// <item>Phones: read array <c>[{Number, Type}]</c> → home, work, mobile as owners' (<see cref="CommonMapping.ToPhoneNumbersMessage"/>);
/// the table has no fax column.</item>
/// <item>Tax id: Buildium reads an SSN back masked; the upsert keeps a full id it masks (<c>BulkUpserter</c>), so a
/// masked value never replaces a known full one.</item>
/// <item>Leases: the tenant's message carries every lease it is on, each with its <c>Tenants</c> (status, move-in) and
/// <c>MoveOutData</c>; <see cref="Links"/> reads the links from there.</item>
/// </list>
/// </summary>
public static class TenantMapper
{
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<Tenant>();

    /// <summary>The active flag: Buildium has none for tenants (a listed tenant is active, the pull sets it).</summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<Tenant>();

    public static void ToLocal(TenantMessage source, Tenant target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumTenantId = source.Id;
        target.FirstName = source.FirstName;
        target.LastName = source.LastName;
        target.Email = source.Email;
        target.AlternateEmail = source.AlternateEmail;

        var phones = source.PhoneNumbers.ToPhoneNumbersMessage();
        target.PhoneHome = phones?.Home;
        target.PhoneWork = phones?.Work;
        target.PhoneMobile = phones?.Mobile;

        target.AddressLine1 = source.Address?.AddressLine1;
        target.AddressLine2 = source.Address?.AddressLine2;
        target.AddressLine3 = source.Address?.AddressLine3;
        target.City = source.Address?.City;
        target.State = source.Address?.State;
        target.PostalCode = source.Address?.PostalCode;
        target.Country = source.Address?.Country;

        target.DateOfBirth = source.DateOfBirth;
        target.Comment = source.Comment;
        target.TaxId = NullIfBlank(source.TaxId);
        target.BuildiumCreatedAt = source.CreatedDateTime;
        ColumnLengths.Fit(target);
    }

    /// <summary>
    /// The tenant's place on each lease it lists: status and move-in from the lease's <c>Tenants</c>, move-out from its
    /// <c>MoveOutData</c>. Buildium has no primary flag: the first current tenant the lease lists (else its first
    /// tenant) is taken as the primary contact.
    /// </summary>
    public static IReadOnlyList<TenantLeaseLink> Links(TenantMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var links = new List<TenantLeaseLink>();
        foreach (var lease in (source.Leases ?? []).Where(l => l.Id > 0).DistinctBy(l => l.Id))
        {
            var tenants = lease.Tenants ?? [];
            var entry = tenants.FirstOrDefault(t => t.Id == source.Id);
            var status = entry is not null
                ? Name(entry.Status)
                : (lease.CurrentTenants ?? []).Any(t => t.Id == source.Id) ? nameof(LeaseTenantStatus.Current) : null;
            var primary = tenants.FirstOrDefault(t => t.Status.Known == LeaseTenantStatus.Current) ?? tenants.FirstOrDefault();
            var moveOut = (lease.MoveOutData ?? []).Where(m => m.TenantId == source.Id).Select(m => (DateOnly?)m.MoveOutDate).FirstOrDefault();
            links.Add(new TenantLeaseLink(lease.Id, status, entry?.MoveInDate, moveOut, primary?.Id == source.Id));
        }

        return links;
    }
    /// <summary>A tenant created with its lease (<c>LeasePostMessage.Tenants</c>): Buildium's write shape of a tenant.</summary>
    public static RentalTenantPutMessage ToNewOnLease(Tenant source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var message = new RentalTenantPutMessage
        {
            FirstName = source.FirstName ?? string.Empty,
            LastName = source.LastName ?? string.Empty,
            Address = Address(source),
        };
        ApplyTo(source, message);
        return message;
    }

    /// <summary>
    /// Copies the contact columns onto a PUT built from the current tenant (<c>TenantMapping.ToPutMessage</c>): what the
    /// table has no column for (emergency contact, alternate address, mailing preference, fax) stays Buildium's. The tax
    /// id goes only when it is a full one: Buildium reads it back masked and refuses a masked value.
    /// </summary>
    public static void ApplyTo(Tenant source, RentalTenantPutMessage target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.FirstName = source.FirstName ?? string.Empty;
        target.LastName = source.LastName ?? string.Empty;
        target.Email = NullIfBlank(source.Email);
        target.AlternateEmail = NullIfBlank(source.AlternateEmail);
        var phones = new PhoneNumbersMessage
        {
            Home = NullIfBlank(source.PhoneHome),
            Work = NullIfBlank(source.PhoneWork),
            Mobile = NullIfBlank(source.PhoneMobile),
            Fax = target.PhoneNumbers?.Fax,
        };
        target.PhoneNumbers = phones is { Home: null, Work: null, Mobile: null, Fax: null } ? null : phones;
        target.Address = Address(source);
        target.DateOfBirth = source.DateOfBirth;
        target.Comment = source.Comment;
        if (NullIfBlank(source.TaxId) is { } taxId && !TenantMapping.IsMasked(taxId))
        {
            target.TaxId = taxId;
        }
    }

    /// <summary>A new tenant on a lease Buildium has (<c>POST /v1/leases/tenants</c>).</summary>
    public static RentalTenantPostMessage ToPostOnLease(Tenant source, int leaseId)
    {
        var onLease = ToNewOnLease(source);
        return new RentalTenantPostMessage
        {
            LeaseId = leaseId,
            FirstName = onLease.FirstName,
            LastName = onLease.LastName,
            Email = onLease.Email,
            AlternateEmail = onLease.AlternateEmail,
            PhoneNumbers = onLease.PhoneNumbers,
            DateOfBirth = onLease.DateOfBirth,
            Comment = onLease.Comment,
            TaxId = onLease.TaxId,
            Address = onLease.Address,
        };
    }

    private static SaveAddressMessage Address(Tenant source) =>
        SaveAddress(source.AddressLine1, source.AddressLine2, source.AddressLine3, source.City, source.State, source.PostalCode, source.Country);
}
