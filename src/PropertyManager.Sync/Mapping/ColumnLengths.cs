using System.Collections.Frozen;
using System.Reflection;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;

namespace PropertyManager.Sync.Mapping;

/// <summary>
/// The VARCHAR lengths of the columns the mappers write, as configured in <c>PropertyManager.Data</c>'s
/// <c>*Configuration.cs</c> (a unit test compares this table with the EF model, so the two cannot drift).
/// <see cref="Fit{TEntity}"/> is the one place that truncates: every <c>ToLocal</c> ends with it, so a long
/// Buildium value never makes an upsert fail.
/// </summary>
public static class ColumnLengths
{
    private static readonly FrozenDictionary<Type, (PropertyInfo Property, int MaxLength)[]> s_byEntity = Build(
        (typeof(Property), [
            (nameof(Property.Name), 127), (nameof(Property.AddressLine1), 100), (nameof(Property.AddressLine2), 100),
            (nameof(Property.AddressLine3), 100), (nameof(Property.City), 100), (nameof(Property.State), 100),
            (nameof(Property.PostalCode), 20), (nameof(Property.Country), 100), (nameof(Property.RentalSubType), 50),
            (nameof(Property.Status), 20), (nameof(Property.PropertyType), 100),
        ]),
        (typeof(Unit), [
            (nameof(Unit.UnitNumber), 30), (nameof(Unit.AddressLine1), 100), (nameof(Unit.AddressLine2), 100),
            (nameof(Unit.AddressLine3), 100), (nameof(Unit.City), 100), (nameof(Unit.State), 100),
            (nameof(Unit.PostalCode), 20), (nameof(Unit.Country), 100), (nameof(Unit.UnitBedrooms), 20),
            (nameof(Unit.UnitBathrooms), 20), (nameof(Unit.UnitType), 50),
        ]),
        (typeof(Owner), [
            (nameof(Owner.FirstName), 127), (nameof(Owner.LastName), 127), (nameof(Owner.CompanyName), 127),
            (nameof(Owner.Email), 255), (nameof(Owner.AlternateEmail), 255), (nameof(Owner.PhoneHome), 20),
            (nameof(Owner.PhoneWork), 20), (nameof(Owner.PhoneMobile), 20), (nameof(Owner.PhoneFax), 20),
            (nameof(Owner.AddressLine1), 100), (nameof(Owner.AddressLine2), 100), (nameof(Owner.AddressLine3), 100),
            (nameof(Owner.City), 100), (nameof(Owner.State), 100), (nameof(Owner.PostalCode), 20),
            (nameof(Owner.Country), 100), (nameof(Owner.TaxPayerId), 255), (nameof(Owner.TaxPayerType), 10),
            (nameof(Owner.TaxPayerName1), 40), (nameof(Owner.TaxPayerName2), 40), (nameof(Owner.TaxAddressLine1), 100),
            (nameof(Owner.TaxAddressLine2), 100), (nameof(Owner.TaxAddressLine3), 100), (nameof(Owner.TaxCity), 100),
            (nameof(Owner.TaxState), 100), (nameof(Owner.TaxPostalCode), 20), (nameof(Owner.TaxCountry), 100),
            (nameof(Owner.TaxId), 255),
        ]),
        (typeof(Lease), [(nameof(Lease.Status), 20)]),
        (typeof(Tenant), [
            (nameof(Tenant.FirstName), 127), (nameof(Tenant.LastName), 127), (nameof(Tenant.Email), 255),
            (nameof(Tenant.AlternateEmail), 255), (nameof(Tenant.PhoneHome), 20), (nameof(Tenant.PhoneWork), 20),
            (nameof(Tenant.PhoneMobile), 20), (nameof(Tenant.AddressLine1), 100), (nameof(Tenant.AddressLine2), 100),
            (nameof(Tenant.AddressLine3), 100), (nameof(Tenant.City), 100), (nameof(Tenant.State), 100),
            (nameof(Tenant.PostalCode), 20), (nameof(Tenant.Country), 100), (nameof(Tenant.TaxId), 255),
        ]),
        (typeof(LeaseTenant), [(nameof(LeaseTenant.Status), 20)]),
        (typeof(LeaseRent), [(nameof(LeaseRent.RentCycle), 20)]),
        (typeof(LeaseRentCharge), [(nameof(LeaseRentCharge.Memo), 255)]),
        (typeof(BankAccount), [
            (nameof(BankAccount.Name), 255), (nameof(BankAccount.BankAccountType), 20),
            (nameof(BankAccount.AccountNumber), 255), (nameof(BankAccount.RoutingNumber), 255),
        ]),
        (typeof(GlAccount), [
            (nameof(GlAccount.AccountNumber), 50), (nameof(GlAccount.Name), 255), (nameof(GlAccount.Type), 50),
            (nameof(GlAccount.SubType), 50), (nameof(GlAccount.DefaultAccountName), 255),
            (nameof(GlAccount.CashFlowClassification), 50),
        ]),
        (typeof(Vendor), [
            (nameof(Vendor.Name), 255), (nameof(Vendor.ContactName), 255), (nameof(Vendor.Email), 255),
            (nameof(Vendor.PhoneNumber), 50), (nameof(Vendor.AddressLine1), 255), (nameof(Vendor.AddressLine2), 255),
            (nameof(Vendor.City), 100), (nameof(Vendor.State), 100), (nameof(Vendor.PostalCode), 20),
            (nameof(Vendor.Country), 100), (nameof(Vendor.TaxId), 255),
        ]),
        (typeof(VendorCategory), [(nameof(VendorCategory.Name), 255)]),
        (typeof(BillCategory), [(nameof(BillCategory.Name), 255)]),
        (typeof(Bill), [(nameof(Bill.ReferenceNumber), 255), (nameof(Bill.Status), 20)]),
        (typeof(BillPayment), [(nameof(BillPayment.ReferenceNumber), 255)]),
        (typeof(MaintenanceTask), [
            (nameof(MaintenanceTask.Subject), 255), (nameof(MaintenanceTask.Priority), 20),
            (nameof(MaintenanceTask.Status), 20), (nameof(MaintenanceTask.AssignedTo), 255),
            (nameof(MaintenanceTask.Category), 100),
        ]),
        (typeof(TaskCategory), [(nameof(TaskCategory.Name), 255), (nameof(TaskCategory.Color), 7)]),
        (typeof(TaskHistory), [(nameof(TaskHistory.Status), 20), (nameof(TaskHistory.AssignedTo), 255)]),
        (typeof(TaskHistoryFile), [(nameof(TaskHistoryFile.FileName), 255), (nameof(TaskHistoryFile.FileType), 100)]),
        (typeof(WorkOrder), [
            (nameof(WorkOrder.Subject), 255), (nameof(WorkOrder.Priority), 20), (nameof(WorkOrder.Status), 20),
            (nameof(WorkOrder.AssignedTo), 255), (nameof(WorkOrder.Category), 100),
        ]));

    /// <summary>Every bounded string column the mappers write: entity type → property name → maximum length.</summary>
    public static IReadOnlyDictionary<Type, IReadOnlyDictionary<string, int>> All { get; } =
        s_byEntity.ToDictionary(
            e => e.Key,
            e => (IReadOnlyDictionary<string, int>)e.Value.ToDictionary(p => p.Property.Name, p => p.MaxLength));

    /// <summary>The maximum length of <paramref name="property"/> of <typeparamref name="TEntity"/>, or null when unbounded.</summary>
    public static int? Of<TEntity>(string property) =>
        s_byEntity.TryGetValue(typeof(TEntity), out var columns)
            ? columns.Where(c => c.Property.Name == property).Select(c => (int?)c.MaxLength).FirstOrDefault()
            : null;

    /// <summary>Truncates every bounded string property of <paramref name="entity"/> to its column length.</summary>
    public static TEntity Fit<TEntity>(TEntity entity)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(entity);
        if (!s_byEntity.TryGetValue(typeof(TEntity), out var columns))
        {
            return entity;
        }

        foreach (var (property, maxLength) in columns)
        {
            if (property.GetValue(entity) is string { Length: > 0 } value && value.Length > maxLength)
            {
                property.SetValue(entity, Truncate(value, maxLength));
            }
        }

        return entity;
    }

    /// <summary>The first <paramref name="maxLength"/> characters, never ending in half a surrogate pair.</summary>
    public static string Truncate(string value, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= maxLength)
        {
            return value;
        }

        var length = char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength;
        return value[..length];
    }

    private static FrozenDictionary<Type, (PropertyInfo, int)[]> Build(params (Type Entity, (string Name, int MaxLength)[] Columns)[] entities) =>
        entities.ToFrozenDictionary(
            e => e.Entity,
            e => e.Columns
                .Select(c => (e.Entity.GetProperty(c.Name) ?? throw new InvalidOperationException($"{e.Entity.Name} has no property {c.Name}."), c.MaxLength))
                .ToArray());
}
