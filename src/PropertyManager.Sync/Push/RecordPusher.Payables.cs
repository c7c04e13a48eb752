using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Bills;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Push;

/// <summary>Vendors and bills.</summary>
public sealed partial class RecordPusher
{
    private async Task<int> PushVendorAsync(PushItem item, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (vendor.BuildiumVendorId is { } id and not 0)
        {
            var merge = await MergerAsync<Vendor, VendorMessage>(item, vendor, id, VendorMapper.ToLocal, cancellationToken);
            Vendor? merged = null;
            await client.UpdateAsync<VendorMessage, VendorPutMessage>(
                $"v1/vendors/{id}", read => { merged = merge(read); return read.ToPutMessage(); }, put => VendorMapper.ApplyTo(merged!, put), cancellationToken);
            return id;
        }

        return await CreateOnceAsync(
            item,
            async () => await client.Vendors.ListAsync(new VendorListFilter { Name = vendor.Name }, cancellationToken)
                .Where(v => Matches(v.CompanyName, vendor.Name))
                .Select(v => (int?)v.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await client.Vendors.CreateAsync(VendorMapper.ToPost(vendor), cancellationToken)).Id);
    }

    private async Task<int> PushBillAsync(PushItem item, CancellationToken cancellationToken)
    {
        var bill = await db.Bills.AsNoTracking().SingleOrDefaultAsync(b => b.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (bill.BuildiumBillId is { } id and not 0)
        {
            var merge = await MergerAsync<Bill, BillMessage>(item, bill, id, (m, b) => BillMapper.ToLocal(m, b), cancellationToken);
            Bill? merged = null;
            await client.UpdateAsync<BillMessage, BillPutMessage>(
                $"v1/bills/{id}", read => { merged = merge(read); return read.ToPutMessage(); }, put => BillMapper.ApplyTo(merged!, put), cancellationToken);
            return id;
        }

        var vendorId = await db.Vendors.Where(v => v.Id == bill.VendorId).Select(v => v.BuildiumVendorId).SingleOrDefaultAsync(cancellationToken)
            ?? throw (bill.VendorId is null ? new PushRejectedException("A bill needs a vendor before it can be created in Buildium.") : Waiting("vendor"));
        int? propertyId = null;
        int? unitId = null;
        if (bill.PropertyId is not null)
        {
            propertyId = await db.Properties.Where(p => p.Id == bill.PropertyId).Select(p => p.BuildiumPropertyId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("property");
        }

        if (bill.UnitId is not null)
        {
            unitId = await db.Units.Where(u => u.Id == bill.UnitId).Select(u => u.BuildiumUnitId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("unit");
        }

        return await CreateOnceAsync(
            item,
            async () => await client.Bills.ListAsync(new BillListFilter { VendorId = vendorId, ReferenceNumber = bill.ReferenceNumber }, cancellationToken)
                .Where(b => Matches(b.ReferenceNumber, bill.ReferenceNumber) && b.Date == bill.Date && BillMapper.Total(b) == bill.Amount)
                .Select(b => (int?)b.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await client.Bills.CreateAsync(BillMapper.ToPost(bill, vendorId, propertyId, unitId), cancellationToken)).Id);
    }
}
