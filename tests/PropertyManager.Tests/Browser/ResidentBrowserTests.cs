using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Web.Pages.Admin;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 15's pages as a manager sees them at 1366 and 390 px, over the synced demo portfolio with residents written
/// beside its leases (the sync of residents is still to come): rent roll, delinquency, the tenants list and a tenant's
/// page read as words and dollars, fit a phone and keep screenshots (<see cref="PageChecks.ScreenshotFolder"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResidentBrowserTests(BrowserFixture browser, SyncConsoleApp app, ITestOutputHelper output) : IClassFixture<SyncConsoleApp>
{
    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task Rent_roll_delinquency_and_a_tenant_read_as_words_and_dollars_and_fit_the_screen(int width) =>
        _session.RunAsync($"{nameof(Rent_roll_delinquency_and_a_tenant_read_as_words_and_dollars_and_fit_the_screen)}_{width}", async page =>
        {
            await ResidentsAsync();
            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);

            await page.GotoAsync("/Leases/RentRoll");
            await Expect(page.Locator("[data-total='rent']")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\$[0-9,]+\.[0-9]{2}$"));
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "rent-roll", width);

            await page.GotoAsync("/Leases/Delinquency?over=30");
            await Expect(page.Locator("table tbody tr").First).ToBeVisibleAsync();
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "delinquency", width);

            // The largest debt's tenant, from the list, as a manager would reach them.
            await page.Locator("table tbody tr").First.Locator("a[href^='/Tenants/Details/']").ClickAsync();
            await Expect(page.Locator("#tenant-leases")).ToBeVisibleAsync();
            await Expect(page.Locator("#tenant-ledger")).ToBeVisibleAsync();
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "tenant-details", width);

            await page.GotoAsync("/Tenants");
            await PageChecks.AssertReadableAsync(page, width);
        });

    /// <summary>A tenant per active lease, a rent, a charge and an aged balance: every third lease owes for over 30 days.</summary>
    private Task<int> ResidentsAsync() => app.Database.ExecuteSqlAsync("""
        INSERT INTO tenants (buildium_tenant_id, first_name, last_name, email, phone_mobile, is_active)
            SELECT l.buildium_lease_id, 'Resident', 'Of lease ' || l.buildium_lease_id, 'resident' || l.buildium_lease_id || '@example.com', '503-555-0' || lpad((l.buildium_lease_id % 1000)::text, 3, '0'), true
            FROM "Lease" l WHERE l.status = 'Active' ON CONFLICT DO NOTHING;
        INSERT INTO lease_tenants (lease_id, tenant_id, status, move_in_date, is_primary)
            SELECT l.id, t.id, 'Current', l."startDate"::date, true FROM "Lease" l JOIN tenants t ON t.buildium_tenant_id = l.buildium_lease_id ON CONFLICT DO NOTHING;
        INSERT INTO lease_rents (lease_id, buildium_rent_id, rent_cycle, start_date, total_amount)
            SELECT l.id, l.buildium_lease_id, 'Monthly', l."startDate"::date, 1450 FROM "Lease" l WHERE l.status = 'Active' ON CONFLICT DO NOTHING;
        INSERT INTO lease_transactions (lease_id, buildium_transaction_id, transaction_type, date, total_amount, memo)
            SELECT l.id, l.buildium_lease_id, 'Charge', current_date - 35, 1450, 'Rent' FROM "Lease" l WHERE l.status = 'Active' ON CONFLICT DO NOTHING;
        INSERT INTO lease_balances (lease_id, total_balance, balance_0_30, balance_31_60, balance_61_90, balance_over_90, as_of)
            SELECT l.id, CASE WHEN l.buildium_lease_id % 3 = 0 THEN 2900 ELSE 1450 END, 1450, CASE WHEN l.buildium_lease_id % 3 = 0 THEN 1450 ELSE 0 END, 0, 0, now()
            FROM "Lease" l WHERE l.status = 'Active' ON CONFLICT DO NOTHING;
        """);
}
