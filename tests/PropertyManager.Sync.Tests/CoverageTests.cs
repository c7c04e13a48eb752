using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Properties;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.Units;
using PropertyManager.Data.Vendors;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Sync.Accounting;
using PropertyManager.Sync.Maintenance;
using PropertyManager.Sync.Payables;
using PropertyManager.Sync.Portfolio;
using PropertyManager.Sync.Tests.Infrastructure;

namespace PropertyManager.Sync.Tests;

/// <summary>
/// Each pull writes every column of its table except the documented local-only ones, the foreign keys the engine
/// resolves, and the local id/timestamps: a fully populated message leaves none of the others empty, and none of the
/// local-only ones touched. A column added to an entity fails here until the mapper or its LocalOnlyFields covers it.
/// </summary>
public sealed class CoverageTests
{
    private static readonly HashSet<string> s_engineOwned =
    [
        "Id", "CreatedAt", "UpdatedAt", "PropertyId", "UnitId", "VendorId", "BillId", "BankAccountId", "TaskId",
        "TaskHistoryId", "OwnerId", "GlAccountId", "OperatingBankAccountId",
    ];

    [Fact]
    public void Property_pull_covers_every_column() => Covers(new Property(), e => PropertyMapper.ToLocal(Samples.Rental(), e), PropertyMapper.LocalOnlyFields);

    [Fact]
    public void Unit_pull_covers_every_column() => Covers(new Unit(), e => UnitMapper.ToLocal(Samples.Unit(), e), UnitMapper.LocalOnlyFields);

    [Fact]
    public void Owner_pull_covers_every_column() => Covers(new Owner(), e => OwnerMapper.ToLocal(Samples.Owner(), e), OwnerMapper.LocalOnlyFields);

    [Fact]
    public void Lease_pull_covers_every_column() => Covers(new Lease(), e => LeaseMapper.ToLocal(Samples.Lease(), e), LeaseMapper.LocalOnlyFields);

    [Fact]
    public void Bank_account_pull_covers_every_column() => Covers(new BankAccount(), e => BankAccountMapper.ToLocal(Samples.BankAccount(), e), BankAccountMapper.LocalOnlyFields);

    [Fact]
    public void Gl_account_pull_covers_every_column() => Covers(new GlAccount(), e => GlAccountMapper.ToLocal(Samples.GlAccount(), e), GlAccountMapper.LocalOnlyFields);

    [Fact]
    public void Bill_category_pull_covers_every_column() => Covers(new BillCategory(), e => BillCategoryMapper.ToLocal(Samples.GlAccount(), e), BillCategoryMapper.LocalOnlyFields);

    [Fact]
    public void Vendor_pull_covers_every_column() => Covers(new Vendor(), e => VendorMapper.ToLocal(Samples.Vendor(), e), VendorMapper.LocalOnlyFields);

    [Fact]
    public void Vendor_category_pull_covers_every_column() =>
        Covers(new VendorCategory(), e => VendorCategoryMapper.ToLocal(new() { Id = 12, Name = "Plumbing" }, e), VendorCategoryMapper.LocalOnlyFields);

    [Fact]
    public void Bill_pull_covers_every_column() => Covers(new Bill(), e => BillMapper.ToLocal(Samples.Bill(), e), BillMapper.LocalOnlyFields);

    [Fact]
    public void Bill_payment_pull_covers_every_column() => Covers(new BillPayment(), e => BillPaymentMapper.ToLocal(Samples.BillPayment(), e), BillPaymentMapper.LocalOnlyFields);

    [Fact]
    public void Task_pull_covers_every_column() => Covers(new MaintenanceTask(), e => MaintenanceTaskMapper.ToLocal(Samples.Task(), e), MaintenanceTaskMapper.LocalOnlyFields);

    [Fact]
    public void Task_category_pull_covers_every_column() => Covers(new TaskCategory(), e => TaskCategoryMapper.ToLocal(Samples.TaskCategory(), e), TaskCategoryMapper.LocalOnlyFields);

    [Fact]
    public void Task_history_pull_covers_every_column() => Covers(new TaskHistory(), e => TaskHistoryMapper.ToLocal(Samples.TaskHistory(), e), TaskHistoryMapper.LocalOnlyFields);

    [Fact]
    public void Task_history_file_pull_covers_every_column_but_the_expiring_url() =>
        Covers(new TaskHistoryFile(), e => TaskHistoryFileMapper.ToLocal(Samples.TaskHistoryFile(), e), TaskHistoryFileMapper.LocalOnlyFields, nameof(TaskHistoryFile.FileUrl));

    [Fact]
    public void Work_order_pull_covers_every_column() => Covers(new WorkOrder(), e => WorkOrderMapper.ToLocal(Samples.WorkOrder(), e), WorkOrderMapper.LocalOnlyFields);

    private static void Covers<TEntity>(TEntity entity, Action<TEntity> map, IReadOnlySet<string> localOnly, params string[] deliberatelyEmpty)
        where TEntity : class
    {
        map(entity);
        var columns = Model.Entity<TEntity>().GetProperties().Where(p => p.PropertyInfo is not null).ToList();
        localOnly.ShouldAllBe(name => columns.Any(c => c.Name == name), "LocalOnlyFields names a property the entity does not have");
        foreach (var column in columns.Where(c => !s_engineOwned.Contains(c.Name)))
        {
            var value = column.PropertyInfo!.GetValue(entity);
            if (localOnly.Contains(column.Name) || deliberatelyEmpty.Contains(column.Name))
            {
                value.ShouldBeNull($"{typeof(TEntity).Name}.{column.Name} is local only and must not be written by the pull");
            }
            else
            {
                value.ShouldNotBeNull($"{typeof(TEntity).Name}.{column.Name} is not mapped and not in LocalOnlyFields");
            }
        }
    }
}
