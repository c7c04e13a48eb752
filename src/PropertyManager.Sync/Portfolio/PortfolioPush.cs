using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Leases;
using PropertyManager.Buildium.Owners;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Units;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Properties;
using PropertyManager.Data.SyncState;
using PropertyManager.Sync.Conflicts;
using PropertyManager.Sync.Engine;
using PropertyManager.Sync.Push;
using static PropertyManager.Sync.Mapping.MappingValues;

namespace PropertyManager.Sync.Portfolio;

/// <summary>Properties (with their units and activity requests), units, owners and leases.</summary>
internal sealed partial class PortfolioPush(RecordPusher pusher) : KindPush(pusher)
{
    internal async Task<int> PushPropertyAsync(PushItem item, CancellationToken cancellationToken)
    {
        var property = await Db.Properties.AsNoTracking().SingleOrDefaultAsync(p => p.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (property.BuildiumPropertyId is not ({ } id and not 0))
        {
            return await CreatePropertyAsync(item, property, cancellationToken);
        }

        // Only the activity changed (the rest is as last synced): the PUT would send Buildium its own values back and
        // fire a spurious Rental.Updated, so only the inactivation or reactivation request goes.
        if (await ActivityOnlyChangeAsync(item, property, id, cancellationToken) is { } activityChanged)
        {
            if (activityChanged)
            {
                await (property.IsActive == true ? Client.Rentals.ReactivateAsync(id, cancellationToken) : Client.Rentals.InactivateAsync(id, cancellationToken));
            }

            return id;
        }

        var current = await Client.Rentals.GetAsync(id, cancellationToken);
        var merged = await MergeAsync(item, property, id, current, PropertyMapper.ToLocal, cancellationToken);
        var put = current.ToPutMessage();
        PropertyMapper.ApplyTo(merged, put);
        await Client.Rentals.ReplaceAsync(id, put, cancellationToken);

        // Activity is not part of the PUT: Buildium changes it only through its inactivation/reactivation requests.
        if (merged.IsActive is { } active && active != current.IsActive)
        {
            await (active ? Client.Rentals.ReactivateAsync(id, cancellationToken) : Client.Rentals.InactivateAsync(id, cancellationToken));
        }

        return id;
    }

    /// <summary>
    /// When every field but <c>is_active</c> (and <c>status</c>, its mirror) equals the last synced version (the merge base), whether the activity
    /// differs from it; null when anything else changed or there is no base.
    /// </summary>
    private async Task<bool?> ActivityOnlyChangeAsync(PushItem item, Property property, int buildiumId, CancellationToken cancellationToken)
    {
        if (await BaseAsync<RentalMessage>(item.Kind, buildiumId, cancellationToken) is not { } synced)
        {
            return null;
        }

        var rule = SyncFieldRules.For(typeof(Property))!;
        var fields = FieldMerge.ComparedFields(Db.Model.FindEntityType(typeof(Property))!, rule);
        var theirs = new Property();
        PropertyMapper.ToLocal(synced, theirs);
        var changed = FieldMerge.Compare(fields, property, theirs, @base: null).LocalChanged;
        // Status is the local mirror of the activity (PropertyMapper), so it changes with it.
        return changed.All(f => f is nameof(Property.IsActive) or nameof(Property.Status)) ? property.IsActive is { } active && active != synced.IsActive : null;
    }

    private async Task<int> CreatePropertyAsync(PushItem item, Property property, CancellationToken cancellationToken)
    {
        var bankAccountId = property.OperatingBankAccountId is { } localBank
            ? await Db.BankAccounts.Where(b => b.Id == localBank).Select(b => (int?)b.BuildiumBankId).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (bankAccountId is not > 0)
        {
            // A bank account created here is pushed first (its kind comes earlier); until then it holds a placeholder id.
            throw bankAccountId is < 0
                ? Waiting("operating bank account")
                : new PushRejectedException("A property needs an operating bank account from Buildium before it can be created there.");
        }

        // Units not yet in Buildium go with the property: without any, Buildium would invent a default unit.
        var units = await Db.Units.AsNoTracking()
            .Where(u => u.PropertyId == property.Id && u.BuildiumUnitId == null)
            .OrderBy(u => u.CreatedAt)
            .ToListAsync(cancellationToken);
        var id = await CreateOnceAsync(
            item,
            async () => await Client.Rentals.ListAsync(cancellationToken: cancellationToken)
                .Where(r => Matches(r.Name, property.Name))
                .Select(r => (int?)r.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.Rentals.CreateAsync(PropertyMapper.ToPost(property, bankAccountId!.Value, units: units), cancellationToken)).Id);

        // The units were created with it: adopt their ids so they are not created twice.
        if (units.Count > 0)
        {
            var created = await Client.RentalUnits.ListAsync(new RentalUnitListFilter { PropertyIds = [id] }, cancellationToken).ToListAsync(cancellationToken);
            foreach (var unit in units)
            {
                if (created.FirstOrDefault(c => Matches(c.UnitNumber, unit.UnitNumber)) is { } match)
                {
                    await StoreBuildiumIdAsync(SyncEntityTypes.Unit, unit.Id, match.Id, cancellationToken);
                    await MarkSyncedAsync(SyncEntityTypes.Unit, unit.Id, match.Id, cancellationToken);
                }
            }
        }

        if (property.IsActive == false)
        {
            await Client.Rentals.InactivateAsync(id, cancellationToken);
        }

        return id;
    }

    internal async Task<int> PushUnitAsync(PushItem item, CancellationToken cancellationToken)
    {
        var unit = await Db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (unit.BuildiumUnitId is { } id and not 0)
        {
            var current = await Client.RentalUnits.GetAsync(id, cancellationToken);
            var merged = await MergeAsync(item, unit, id, current, UnitMapper.ToLocal, cancellationToken);
            var put = current.ToPutMessage();
            UnitMapper.ApplyTo(merged, put);
            await Client.RentalUnits.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        var propertyId = await Db.Properties.Where(p => p.Id == unit.PropertyId).Select(p => p.BuildiumPropertyId).SingleOrDefaultAsync(cancellationToken)
            ?? throw Waiting("property");
        return await CreateOnceAsync(
            item,
            async () => await Client.RentalUnits.ListAsync(new RentalUnitListFilter { PropertyIds = [propertyId] }, cancellationToken)
                .Where(u => Matches(u.UnitNumber, unit.UnitNumber))
                .Select(u => (int?)u.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.RentalUnits.CreateAsync(UnitMapper.ToPost(unit, propertyId), cancellationToken)).Id);
    }

    internal async Task<int> PushOwnerAsync(PushItem item, CancellationToken cancellationToken)
    {
        var owner = await Db.Owners.AsNoTracking().SingleOrDefaultAsync(o => o.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (owner.BuildiumOwnerId is { } id and not 0)
        {
            // A date of birth entered here is known; an empty one is known only when this app sent it or a user said so.
            if (owner.DateOfBirth is null && await KnownAsync(item.Kind, owner.Id, WriteOnlyFields.OwnerDateOfBirth, cancellationToken) is null)
            {
                throw new PushRejectedException(UnknownDateOfBirth);
            }

            var current = await Client.RentalOwners.GetAsync(id, cancellationToken);
            var merged = await MergeAsync(item, owner, id, current, OwnerMapper.ToLocal, cancellationToken);
            var put = current.ToPutMessage();
            OwnerMapper.ApplyTo(merged, put);
            await Client.RentalOwners.ReplaceAsync(id, put, cancellationToken);
            await RememberAsync(item.Kind, owner.Id, WriteOnlyFields.OwnerDateOfBirth, null, cancellationToken);
            return id;
        }

        var properties = await Db.Ownerships.Where(o => o.OwnerId == owner.Id).Select(o => o.Property!.BuildiumPropertyId).ToListAsync(cancellationToken);
        if (properties.Any(p => p is null))
        {
            throw Waiting("property");
        }

        var name = owner.IsCompany == true ? owner.CompanyName : $"{owner.FirstName} {owner.LastName}".Trim();
        var created = await CreateOnceAsync(
            item,
            async () => await Client.RentalOwners.ListAsync(new RentalOwnerListFilter { OwnerName = name }, cancellationToken)
                .Where(o => (owner.IsCompany == true ? Matches(o.CompanyName, owner.CompanyName) : Matches(o.FirstName, owner.FirstName) && Matches(o.LastName, owner.LastName))
                    && Matches(o.Email, owner.Email))
                .Select(o => (int?)o.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.RentalOwners.CreateAsync(OwnerMapper.ToPost(owner, [.. properties.Select(p => p!.Value)]), cancellationToken)).Id);

        // The POST (this one, or the earlier one a lookup found) sent the date of birth: Buildium holds what we hold.
        await RememberAsync(item.Kind, owner.Id, WriteOnlyFields.OwnerDateOfBirth, null, cancellationToken);
        return created;
    }

    internal async Task<int> PushLeaseAsync(PushItem item, CancellationToken cancellationToken)
    {
        var leaseId = SyncEntityIds.ToLeaseId(item.EntityId) ?? throw Gone(item);
        var lease = await Db.Leases.AsNoTracking().SingleOrDefaultAsync(l => l.Id == leaseId, cancellationToken) ?? throw Gone(item);
        if (lease.BuildiumLeaseId is not ({ } id and > 0))
        {
            return await CreateLeaseAsync(item, lease, cancellationToken);
        }

        var current = await Client.Leases.GetAsync(id, cancellationToken);
        if (await PendingRenewalAsync(lease, cancellationToken) is { } renewal)
        {
            await RenewLeaseAsync(lease, id, current, renewal, cancellationToken);

            // The renewal carries only the new term: a start date changed here as well still goes by the PUT.
            if (ToDate(lease.StartDate) is not { } start || start == current.LeaseFromDate)
            {
                return id;
            }

            current = await Client.Leases.GetAsync(id, cancellationToken);
        }

        var merged = await MergeAsync(item, lease, id, current, LeaseMapper.ToLocal, cancellationToken);
        var put = current.ToPutMessage();
        LeaseMapper.ApplyTo(merged, put);
        await Client.Leases.ReplaceAsync(id, put, cancellationToken);
        return id;
    }

    internal async Task<int> PushTenantAsync(PushItem item, CancellationToken cancellationToken)
    {
        var tenant = await Db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (tenant.BuildiumTenantId is not ({ } id and > 0))
        {
            // Buildium creates a tenant only on a lease: with a lease being created here (the lease's push sends it),
            // or added to one Buildium has.
            var lease = await Db.LeaseTenants.AsNoTracking().Where(l => l.TenantId == tenant.Id).OrderByDescending(l => l.IsPrimary)
                .Select(l => l.Lease!.BuildiumLeaseId).FirstOrDefaultAsync(cancellationToken);
            if (lease is not > 0)
            {
                throw lease is null && !await Db.LeaseTenants.AnyAsync(l => l.TenantId == tenant.Id, cancellationToken)
                    ? new PushRejectedException("Buildium creates a tenant only on a lease: add the tenant to a lease.")
                    : Waiting("lease");
            }

            return await CreateOnceAsync(
                item,
                async () => await Client.LeaseTenants.ListAsync(new TenantListFilter { Name = $"{tenant.FirstName} {tenant.LastName}" }, cancellationToken)
                    .Where(t => Matches(t.FirstName, tenant.FirstName) && Matches(t.LastName, tenant.LastName) && (t.Leases ?? []).Any(l => l.Id == lease))
                    .Select(t => (int?)t.Id)
                    .FirstOrDefaultAsync(cancellationToken),
                async () => (await Client.LeaseTenants.CreateAsync(TenantMapper.ToPostOnLease(tenant, lease.Value), cancellationToken)).Id);
        }

        var current = await Client.LeaseTenants.GetAsync(id, cancellationToken);
        var merged = await MergeAsync(item, tenant, id, current, TenantMapper.ToLocal, cancellationToken);
        // Buildium's masked tax id and a full one known here that it masks are the same value: the full one is kept.
        if (TenantMapping.IsMasked(merged.TaxId) && NullIfBlank(tenant.TaxId) is { } full && !TenantMapping.IsMasked(full)
            && merged.TaxId!.Length >= 4 && full.EndsWith(merged.TaxId[^4..], StringComparison.Ordinal))
        {
            merged.TaxId = full;
        }

        // Buildium reads a tax id back masked and a PUT without one clears it: refuse rather than lose it (ADR-013).
        if (TenantMapping.IsMasked(current.TaxId) && (NullIfBlank(merged.TaxId) is not { } taxId || TenantMapping.IsMasked(taxId)))
        {
            throw new PushRejectedException(UnknownTaxId);
        }

        var put = current.ToPutMessage();
        TenantMapper.ApplyTo(merged, put);
        await Client.LeaseTenants.ReplaceAsync(id, put, cancellationToken);
        return id;
    }

    internal const string UnknownTaxId =
        "Buildium holds this tenant's tax id and shows it only masked; a change sent without it would erase it. Enter the tenant's full tax id with the change.";
}
