using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>Filtering a list with its form controls, keeping the filter in the URL, and exporting exactly those rows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListExportBrowserTests(BrowserFixture browser, TestDatabase database, ITestOutputHelper output)
    : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private WebAppFactory _factory = null!;
    private BrowserSession _session = null!;

    public async Task InitializeAsync()
    {
        await database.ExecuteSqlAsync(SampleRows.Sql);
        // Units U120–U124 lose their tenants, so "occupied" removes rows a search for U12 would otherwise find.
        await database.ExecuteSqlAsync("""UPDATE "Lease" SET status = 'Past' WHERE buildium_lease_id BETWEEN 120 AND 124""");
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _session = new BrowserSession(browser, _factory.ClientOptions.BaseAddress, output);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [SkippableFact]
    public Task Filtered_units_stay_filtered_in_the_url_and_export_exactly_those_rows() =>
        _session.RunAsync(nameof(Filtered_units_stay_filtered_in_the_url_and_export_exactly_those_rows), async page =>
        {
            string[] expected = ["U12", "U125", "U126", "U127", "U128", "U129"];
            await BrowserSession.SignInAsync(page, _factory.Services, Roles.Viewer);
            await page.GotoAsync("/Units");
            await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search", Exact = true }).FillAsync("U12");
            await page.GetByLabel("Occupancy", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Occupied" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=U12(&|$)"));
            await Expect(page).ToHaveURLAsync(new Regex(@"[?&]occupancy=occupied(&|$)"));
            var firstCells = page.Locator("table tbody tr td:first-child");
            await Expect(firstCells).ToHaveTextAsync(expected);

            // The filter is in the URL, so a reload (or a shared link) shows the same rows and the same controls.
            await page.ReloadAsync();
            await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search", Exact = true })).ToHaveValueAsync("U12");
            await Expect(page.GetByLabel("Occupancy", new() { Exact = true })).ToHaveValueAsync("occupied");
            await Expect(firstCells).ToHaveTextAsync(expected);

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export CSV" }).ClickAsync());
            download.SuggestedFilename.ShouldStartWith("units-");
            download.SuggestedFilename.ShouldEndWith(".csv");
            var file = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.csv");
            await download.SaveAsAsync(file);
            try
            {
                var lines = (await File.ReadAllLinesAsync(file)).Where(l => l.Length > 0).ToList();
                lines[0].ShouldStartWith("Unit,Property,Address,Bedrooms,Bathrooms,Market rent,Occupancy,Active,");
                var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
                rows.Select(r => r[0]).ShouldBe(expected);
                rows.ShouldAllBe(r => r[6] == "Occupied");
                rows.Select(r => r[1]).ShouldBe(expected.Select(u => "Property " + u[1..]));
            }
            finally
            {
                File.Delete(file);
            }
        });
}
