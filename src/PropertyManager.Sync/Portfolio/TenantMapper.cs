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
}
