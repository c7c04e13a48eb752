using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Leases;
using PropertyManager.Data.Security;
using PropertyManager.Data.Tenants;
using PropertyManager.Data.Units;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Security;

/// <summary>
/// Issue 13: the app's own access rules (query filters and <see cref="PortfolioWriteGuard"/>) hold on a connection that
/// row level security does not bind: every context here is the test server's superuser. Property 1 ("A") is assigned.
/// </summary>
public sealed class AppAccessRulesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private Guid _propertyA;
    private Guid _propertyB;

    private PortfolioAccess Manager => new() { UserId = "app-manager", PropertyIds = [_propertyA], CanWritePortfolio = true };

    private PortfolioAccess Viewer => new() { UserId = "app-viewer", PropertyIds = [_propertyA] };

    private PortfolioAccess Accountant => new() { UserId = "app-accountant", PropertyIds = [_propertyA], AllFinance = true, CanWriteFinance = true };

    public async Task InitializeAsync()
    {
        await using var db = database.CreateContext();
        if (!await db.Properties.AnyAsync())
        {
            await db.Database.ExecuteSqlRawAsync(SampleRows.Sql);
            await db.Database.ExecuteSqlRawAsync(
                "UPDATE properties p SET operating_bank_account_id = b.id FROM bank_accounts b WHERE b.buildium_bank_id = p.buildium_property_id");
        }

        _propertyA = await db.Properties.Where(p => p.BuildiumPropertyId == 1).Select(p => p.Id).SingleAsync();
        _propertyB = await db.Properties.Where(p => p.BuildiumPropertyId == 2).Select(p => p.Id).SingleAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private AppDbContext As(PortfolioAccess access) =>
        new(AppDbContextOptions.Create(database.ConnectionString, access: new FixedPortfolioAccessSource(access)));

    [Fact]
    public async Task Unfiltered_queries_of_a_scoped_user_return_only_the_assigned_property_and_its_financial_records_even_as_a_superuser()
    {
        await using var db = As(Manager);
        (await db.Properties.ToListAsync()).ShouldHaveSingleItem().Id.ShouldBe(_propertyA);
        (await db.Units.ToListAsync()).ShouldHaveSingleItem().PropertyId.ShouldBe(_propertyA);
        (await db.Leases.CountAsync()).ShouldBe(1);
        (await db.BillPayments.CountAsync()).ShouldBe(1);
        (await db.Owners.CountAsync()).ShouldBe(1);
        (await db.OwnersListCache.CountAsync()).ShouldBeLessThanOrEqualTo(1);
        // Only the bank account and vendor their property uses; GL accounts and categories are shared labels.
        (await db.BankAccounts.ToListAsync()).ShouldHaveSingleItem().BuildiumBankId.ShouldBe(1);
        (await db.Vendors.ToListAsync()).ShouldHaveSingleItem().BuildiumVendorId.ShouldBe(1);
        (await db.GlAccounts.CountAsync()).ShouldBe(150);

        await using var accountant = As(Accountant);
        (await accountant.BankAccounts.CountAsync()).ShouldBe(150);
        (await accountant.Properties.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task The_write_guard_refuses_other_portfolios_viewers_and_managers_on_financial_records_and_writes_nothing()
    {
        await using (var db = As(Manager))
        {
            db.Units.Add(new Unit { PropertyId = _propertyB, UnitNumber = "Sneaky" });
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            // Moving an own unit to another portfolio is refused too.
            var own = await db.Units.SingleAsync();
            own.PropertyId = _propertyB;
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            // A bank account their property uses is theirs to read, not to change.
            var bank = await db.BankAccounts.SingleAsync();
            bank.RoutingNumber = "021000021";
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            // A set-based write reaches only what the filters let through.
            (await db.Units.Where(u => u.PropertyId == _propertyB).ExecuteUpdateAsync(s => s.SetProperty(u => u.Description, "hijacked"))).ShouldBe(0);
        }

        await using (var viewer = As(Viewer))
        {
            var unit = await viewer.Units.SingleAsync();
            unit.Description = "viewer was here";
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => viewer.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        (await check.Units.CountAsync(u => u.UnitNumber == "Sneaky" || u.Description == "hijacked" || u.Description == "viewer was here")).ShouldBe(0);
        (await check.Units.CountAsync(u => u.PropertyId == _propertyB)).ShouldBe(1);
        (await check.BankAccounts.CountAsync(b => b.RoutingNumber == "021000021")).ShouldBe(0);
    }

    [Fact]
    public async Task An_accountant_changes_bank_and_tax_numbers_and_each_change_is_audited_without_its_value()
    {
        var started = DateTimeOffset.UtcNow.AddSeconds(-1);
        Guid bankId;
        Guid vendorId;
        await using (var db = As(Accountant))
        {
            var bank = await db.BankAccounts.SingleAsync(b => b.BuildiumBankId == 7);
            bank.AccountNumber = "9988776655";
            bank.RoutingNumber = "021000021";
            bank.Description = "not audited";
            var vendor = await db.Vendors.SingleAsync(v => v.BuildiumVendorId == 7);
            vendor.TaxId = "12-3456789";
            await db.SaveChangesAsync();
            (bankId, vendorId) = (bank.Id, vendor.Id);
        }

        await using var check = database.CreateContext();
        var rows = await check.SensitiveChanges.Where(c => c.ChangedAt >= started && c.UserId == "app-accountant")
            .OrderBy(c => c.Field).ToListAsync();
        rows.Select(r => $"{r.EntityType}/{r.EntityId}/{r.Field}/{r.Action}").ShouldBe(
        [
            $"bank_accounts/{bankId}/account_number/changed",
            $"bank_accounts/{bankId}/routing_number/changed",
            $"vendors/{vendorId}/tax_id/changed",
        ]);

        // Who, when and which record, never the value: no column of the table holds any part of it.
        var dump = string.Join('|', await check.Database.SqlQueryRaw<string>("SELECT t::text AS \"Value\" FROM sensitive_change_audit t").ToListAsync());
        dump.ShouldNotContain("8776655");
        dump.ShouldNotContain("021000021");
        dump.ShouldNotContain("3456789");
    }

    [Fact]
    public async Task Residents_rent_and_ledgers_are_scoped_through_their_lease_for_reads_and_writes_even_as_a_superuser()
    {
        await using (var db = As(Manager))
        {
            (await db.Tenants.ToListAsync()).ShouldHaveSingleItem().BuildiumTenantId.ShouldBe(1);
            (await db.LeaseTenants.CountAsync()).ShouldBe(1);
            (await db.LeaseRents.CountAsync()).ShouldBe(1);
            (await db.LeaseRentCharges.CountAsync()).ShouldBe(1);
            (await db.LeaseBalances.CountAsync()).ShouldBe(1);
            (await db.LeaseTransactions.CountAsync()).ShouldBe(1);

            // Another portfolio's lease: no charge added to it, no tenant put on it.
            var foreignLease = await db.Leases.IgnoreQueryFilters().Where(l => l.PropertyId == _propertyB).Select(l => l.Id).SingleAsync();
            db.LeaseTransactions.Add(new LeaseTransaction { LeaseId = foreignLease, TransactionType = "Charge", TotalAmount = 1 });
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            var tenant = await db.Tenants.SingleAsync();
            db.LeaseTenants.Add(new LeaseTenant { LeaseId = foreignLease, TenantId = tenant.Id });
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            // Nor a change to another portfolio's tenant, found by id.
            var foreignTenant = await db.Tenants.IgnoreQueryFilters().SingleAsync(t => t.BuildiumTenantId == 2);
            foreignTenant.Email = "hijacked@example.com";
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            // Their own tenant they may change, and a new tenant (on no lease yet) they may add.
            tenant = await db.Tenants.SingleAsync();
            tenant.PhoneMobile = "503-555-0100";
            db.Tenants.Add(new Tenant { FirstName = "New", LastName = "Resident" });
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        (await check.Tenants.CountAsync(t => t.Email == "hijacked@example.com")).ShouldBe(0);
        (await check.LeaseTenants.CountAsync()).ShouldBe(150);
        (await check.LeaseTransactions.CountAsync(t => t.TotalAmount == 1)).ShouldBe(0);
        (await check.Tenants.CountAsync(t => t.PhoneMobile == "503-555-0100" || t.LastName == "Resident")).ShouldBe(2);
    }

    [Fact]
    public async Task A_work_orders_vendor_and_task_are_scoped_through_the_work_order_even_as_a_superuser()
    {
        await using (var db = As(Manager))
        {
            var own = (await db.WorkOrderLinks.ToListAsync()).ShouldHaveSingleItem();

            // Another portfolio's work order: its vendor cannot be changed, nor its link replaced by a new one.
            var foreign = await db.WorkOrderLinks.IgnoreQueryFilters().AsNoTracking().FirstAsync(l => l.WorkOrder!.PropertyId == _propertyB);
            var changed = await db.WorkOrderLinks.IgnoreQueryFilters().SingleAsync(l => l.WorkOrderId == foreign.WorkOrderId);
            changed.VendorId = own.VendorId;
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();

            db.WorkOrderLinks.Add(new WorkOrderLink { WorkOrderId = foreign.WorkOrderId, VendorId = own.VendorId });
            await Should.ThrowAsync<PortfolioAccessDeniedException>(() => db.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        (await check.WorkOrderLinks.CountAsync(l => l.WorkOrder!.PropertyId == _propertyB && l.VendorId == l.Vendor!.Id && l.Vendor.BuildiumVendorId == 2))
            .ShouldBe(1, "the other portfolio's work order keeps its vendor");
    }
}
