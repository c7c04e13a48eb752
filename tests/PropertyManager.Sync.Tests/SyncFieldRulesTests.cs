using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Accounting;
using PropertyManager.Sync.Maintenance;
using PropertyManager.Sync.Payables;
using PropertyManager.Sync.Portfolio;
using PropertyManager.Sync.Receivables;

namespace PropertyManager.Sync.Tests;

/// <summary>
/// The mappers say exactly what the outbox's write rules (<see cref="SyncFieldRules"/>, in Data) say: a mapper that
/// keeps its own list again instead of reading the rules fails here until the two agree.
/// </summary>
public sealed class SyncFieldRulesTests
{
    public static TheoryData<Type, string[], string[]> Mappers() => new()
    {
        { typeof(GlAccount), [.. GlAccountMapper.ReadOnlyFields], [.. GlAccountMapper.LocalOnlyFields] },
        { typeof(BankAccount), [.. BankAccountMapper.ReadOnlyFields], [.. BankAccountMapper.LocalOnlyFields] },
        { typeof(Property), [.. PropertyMapper.ReadOnlyFields], [.. PropertyMapper.LocalOnlyFields] },
        { typeof(Unit), [.. UnitMapper.ReadOnlyFields], [.. UnitMapper.LocalOnlyFields] },
        { typeof(Owner), [.. OwnerMapper.ReadOnlyFields], [.. OwnerMapper.LocalOnlyFields] },
        { typeof(Lease), [.. LeaseMapper.ReadOnlyFields], [.. LeaseMapper.LocalOnlyFields] },
        { typeof(Tenant), [.. TenantMapper.ReadOnlyFields], [.. TenantMapper.LocalOnlyFields] },
        { typeof(LeaseRent), [.. LeaseRentMapper.ReadOnlyFields], [.. LeaseRentMapper.LocalOnlyFields] },
        { typeof(LeaseTransaction), [.. LeaseTransactionMapper.ReadOnlyFields], [.. LeaseTransactionMapper.LocalOnlyFields] },
        { typeof(VendorCategory), [.. VendorCategoryMapper.ReadOnlyFields], [.. VendorCategoryMapper.LocalOnlyFields] },
        { typeof(Vendor), [.. VendorMapper.ReadOnlyFields], [.. VendorMapper.LocalOnlyFields] },
        { typeof(BillCategory), [.. BillCategoryMapper.ReadOnlyFields], [.. BillCategoryMapper.LocalOnlyFields] },
        { typeof(Bill), [.. BillMapper.ReadOnlyFields], [.. BillMapper.LocalOnlyFields] },
        { typeof(BillPayment), [.. BillPaymentMapper.ReadOnlyFields], [.. BillPaymentMapper.LocalOnlyFields] },
        { typeof(TaskCategory), [.. TaskCategoryMapper.ReadOnlyFields], [.. TaskCategoryMapper.LocalOnlyFields] },
        { typeof(MaintenanceTask), [.. MaintenanceTaskMapper.ReadOnlyFields], [.. MaintenanceTaskMapper.LocalOnlyFields] },
        { typeof(TaskHistory), [.. TaskHistoryMapper.ReadOnlyFields], [.. TaskHistoryMapper.LocalOnlyFields] },
        { typeof(TaskHistoryFile), [.. TaskHistoryFileMapper.ReadOnlyFields], [.. TaskHistoryFileMapper.LocalOnlyFields] },
        { typeof(WorkOrder), [.. WorkOrderMapper.ReadOnlyFields], [.. WorkOrderMapper.LocalOnlyFields] },
    };

    [Theory]
    [MemberData(nameof(Mappers))]
    public void The_outbox_rules_match_the_mappers(Type entity, string[] readOnly, string[] localOnly)
    {
        var rule = SyncFieldRules.For(entity).ShouldNotBeNull();

        // Fields with their own Buildium request (a property's activity) are read-only for a PUT but editable here.
        rule.ReadOnlyFields.Concat(rule.SpecialRequestFields).Order(StringComparer.Ordinal).ShouldBe(readOnly.Order(StringComparer.Ordinal));
        // Write-only fields (an owner's date of birth) are never pulled, so the mapper lists them as local, yet they are pushed.
        rule.LocalOnlyFields.Concat(rule.WriteOnlyFields).Order(StringComparer.Ordinal).ShouldBe(localOnly.Order(StringComparer.Ordinal));
        rule.ReadOnlyFields.ShouldContain(rule.BuildiumIdProperty);
    }

    [Fact]
    public void Every_synced_kind_has_exactly_one_rule()
    {
        var kinds = typeof(SyncEntityTypes).GetFields().Select(f => (string)f.GetValue(null)!).Order(StringComparer.Ordinal);

        SyncFieldRules.All.Select(r => r.Kind).Order(StringComparer.Ordinal).ShouldBe(kinds);
        Mappers().Count.ShouldBe(SyncFieldRules.All.Count);
    }
}
