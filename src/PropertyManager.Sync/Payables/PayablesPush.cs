using Microsoft.EntityFrameworkCore;
using PropertyManager.Buildium.Bills;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Push;

namespace PropertyManager.Sync.Payables;

/// <summary>Vendors, vendor categories (Buildium holds only their names, unique, also their natural key), bills and bill payments.</summary>
internal sealed class PayablesPush(RecordPusher pusher) : KindPush(pusher)
{
    internal async Task<int> PushVendorAsync(PushItem item, CancellationToken cancellationToken)
    {
        var vendor = await Db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (vendor.BuildiumVendorId is { } id and not 0)
        {
            var current = await Client.Vendors.GetAsync(id, cancellationToken);
            var merged = await MergeAsync(item, vendor, id, current, VendorMapper.ToLocal, cancellationToken);

            // A masked SSN (as Buildium reads it back) is never sent: Buildium would refuse it or store the mask.
            CheckTaxId(merged.TaxId);
            var put = current.ToPutMessage();
            VendorMapper.ApplyTo(merged, put);
            await Client.Vendors.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        CheckTaxId(vendor.TaxId);
        return await CreateOnceAsync(
            item,
            async () => await Client.Vendors.ListAsync(new VendorListFilter { Name = vendor.Name }, cancellationToken)
                .Where(v => Matches(v.CompanyName, vendor.Name))
                .Select(v => (int?)v.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.Vendors.CreateAsync(VendorMapper.ToPost(vendor), cancellationToken)).Id);
    }

    internal async Task<int> PushBillAsync(PushItem item, CancellationToken cancellationToken)
    {
        var bill = await Db.Bills.AsNoTracking().SingleOrDefaultAsync(b => b.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (bill.BuildiumBillId is { } id and not 0)
        {
            var current = await Client.Bills.GetAsync(id, cancellationToken);
            var merged = await MergeAsync<Bill, BillMessage>(item, bill, id, current, (m, b) => BillMapper.ToLocal(m, b), cancellationToken);
            var put = current.ToPutMessage();
            BillMapper.ApplyTo(merged, put);
            await Client.Bills.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        var vendorId = await Db.Vendors.Where(v => v.Id == bill.VendorId).Select(v => v.BuildiumVendorId).SingleOrDefaultAsync(cancellationToken)
            ?? throw (bill.VendorId is null ? new PushRejectedException("A bill needs a vendor before it can be created in Buildium.") : Waiting("vendor"));
        int? propertyId = null;
        int? unitId = null;
        if (bill.PropertyId is not null)
        {
            propertyId = await Db.Properties.Where(p => p.Id == bill.PropertyId).Select(p => p.BuildiumPropertyId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("property");
        }

        if (bill.UnitId is not null)
        {
            unitId = await Db.Units.Where(u => u.Id == bill.UnitId).Select(u => u.BuildiumUnitId).SingleOrDefaultAsync(cancellationToken)
                ?? throw Waiting("unit");
        }

        return await CreateOnceAsync(
            item,
            async () => await Client.Bills.ListAsync(new BillListFilter { VendorId = vendorId, ReferenceNumber = bill.ReferenceNumber }, cancellationToken)
                .Where(b => Matches(b.ReferenceNumber, bill.ReferenceNumber) && b.Date == bill.Date && BillMapper.Total(b) == bill.Amount)
                .Select(b => (int?)b.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.Bills.CreateAsync(BillMapper.ToPost(bill, vendorId, propertyId, unitId), cancellationToken)).Id);
    }

    /// <summary>
    /// A payment is created under its bill and never updated (Buildium has no PUT for payments; the outbox refuses such
    /// edits when they are saved). Its amount is spread over the bill's lines after what earlier payments covered.
    /// </summary>
    internal async Task<int> PushBillPaymentAsync(PushItem item, CancellationToken cancellationToken)
    {
        var payment = await Db.BillPayments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (payment.BuildiumPaymentId is { } existing and > 0)
        {
            return existing;
        }

        var billId = payment.BillId is null
            ? throw new PushRejectedException("A bill payment needs the bill it pays before it can be created in Buildium.")
            : await Db.Bills.Where(b => b.Id == payment.BillId).Select(b => b.BuildiumBillId).SingleOrDefaultAsync(cancellationToken) ?? throw Waiting("bill");
        var bankAccountId = payment.BankAccountId is null
            ? throw new PushRejectedException("A bill payment needs the bank account it is paid from before it can be created in Buildium.")
            : await Db.BankAccounts.Where(b => b.Id == payment.BankAccountId).Select(b => (int?)b.BuildiumBankId).SingleOrDefaultAsync(cancellationToken);
        if (bankAccountId is not > 0)
        {
            throw Waiting("bank account");
        }

        return await CreateOnceAsync(
            item,
            async () => await Client.Bills.ListPaymentsAsync(billId, cancellationToken)
                .Where(p => p.EntryDate == payment.Date && BillPaymentMapper.AmountFor(p) == payment.Amount && Matches(p.CheckNumber, payment.ReferenceNumber))
                .Select(p => (int?)p.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () =>
            {
                var bill = await Client.Bills.GetAsync(billId, cancellationToken);
                var paid = (await Client.Bills.ListPaymentsAsync(billId, cancellationToken).ToListAsync(cancellationToken)).Sum(p => BillPaymentMapper.AmountFor(p, bill));
                return (await Client.Bills.CreatePaymentAsync(billId, BillPaymentMapper.ToPost(payment, bankAccountId!.Value, bill, paid), cancellationToken)).Id;
            });
    }

    internal async Task<int> PushVendorCategoryAsync(PushItem item, CancellationToken cancellationToken)
    {
        var category = await Db.VendorCategories.AsNoTracking().SingleOrDefaultAsync(c => c.Id == item.EntityId, cancellationToken) ?? throw Gone(item);
        if (category.BuildiumCategoryId is { } id and > 0)
        {
            var current = await Client.VendorCategories.GetAsync(id, cancellationToken);
            if (!VendorCategoryMapper.IsEditable(current))
            {
                throw SystemCategory("vendor", current.Name);
            }

            var merged = await MergeAsync(item, category, id, current, VendorCategoryMapper.ToLocal, cancellationToken);
            var put = current.ToPutMessage();
            VendorCategoryMapper.ApplyTo(merged, put);
            await Client.VendorCategories.ReplaceAsync(id, put, cancellationToken);
            return id;
        }

        return await CreateOnceAsync(
            item,
            async () => await Client.VendorCategories.ListAsync(cancellationToken)
                .Where(c => Matches(c.Name, category.Name))
                .Select(c => (int?)c.Id)
                .FirstOrDefaultAsync(cancellationToken),
            async () => (await Client.VendorCategories.CreateAsync(VendorCategoryMapper.ToPost(category), cancellationToken)).Id);
    }
}
