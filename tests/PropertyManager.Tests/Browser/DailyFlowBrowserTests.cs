using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Bills;
using PropertyManager.Tests.Web.Pages.Admin;
using PropertyManager.Web.Accounts;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace PropertyManager.Tests.Browser;

/// <summary>
/// Issue 16: the flows a property manager does every day, on the demo portfolio pulled from the emulator, at 1366 px
/// and on a 390 px phone. Each fails on a Content-Security-Policy violation, a page wider than the phone, a "¤" or a
/// stored enum name, and keeps screenshots (<see cref="PageChecks.ScreenshotFolder"/>).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DailyFlowBrowserTests(BrowserFixture browser, SyncConsoleApp app, ITestOutputHelper output) : IClassFixture<SyncConsoleApp>
{
    private readonly BrowserSession _session = new(browser, app.BaseAddress, output);

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task Morning_dashboard_shows_what_needs_doing_and_each_figure_opens_its_list(int width) =>
        _session.RunAsync($"{nameof(Morning_dashboard_shows_what_needs_doing_and_each_figure_opens_its_list)}_{width}", async page =>
        {
            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);
            await page.GotoAsync("/");

            // The demo seed is relative to today: on any date there is something overdue, vacant and ending.
            var overdue = await Figure(page, "#overdue-count");
            overdue.ShouldBeGreaterThan(0, "the demo has overdue bills on any date");
            (await Figure(page, "#vacant-units")).ShouldBeGreaterThan(0, "the demo has vacant units on any date");
            (await Figure(page, "#leases-ending-30")).ShouldBeGreaterThan(0, "the demo has leases ending within 30 days on any date");
            (await Figure(page, "#month-to-month")).ShouldBeGreaterThan(0);
            await Expect(page.Locator("#overdue-total")).ToHaveTextAsync(new Regex(@"^\$[0-9,]+\.[0-9]{2}$"));
            await Expect(page.Locator("#longest-vacant li").First).ToBeVisibleAsync();
            await Expect(page.GetByText("Normal: work orders")).ToHaveCountAsync(1);
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "dashboard", width);

            // Each number opens the list that explains it, with as many rows.
            await page.Locator("a[href='/Bills?overdue=true']").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("overdue=true"));
            await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(Math.Min(overdue, 25));
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "bills-overdue-list", width);

            await page.GotoAsync("/");
            var ending = await Figure(page, "#leases-ending-90");
            await page.Locator("a[href='/Leases?ending=90']").ClickAsync();
            await Expect(page.Locator("table tbody tr")).ToHaveCountAsync(ending);
            await PageChecks.AssertReadableAsync(page, width);
            await page.GotoAsync("/Units?occupancy=vacant");
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "units-vacant-list", width);
        });

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task Paying_an_overdue_bill_records_the_payment_and_lowers_what_is_owed(int width) =>
        _session.RunAsync($"{nameof(Paying_an_overdue_bill_records_the_payment_and_lowers_what_is_owed)}_{width}", async page =>
        {
            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);
            await page.GotoAsync($"/Bills?overdue=true&sort=balance&desc=true");
            // Each width pays a different bill, so the two runs do not meet.
            var bill = page.Locator("table tbody tr").Nth(width == 390 ? 1 : 0).GetByRole(AriaRole.Link).First;
            var name = await bill.InnerTextAsync();
            name.ShouldNotContain("(no description)");
            await bill.ClickAsync();
            await Expect(page).ToHaveURLAsync(BillDetails());
            var id = Guid.Parse(BillDetails().Match(page.Url).Groups["id"].Value);
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "bill-details", width);

            var remaining = await page.Locator("#bill-remaining").InnerTextAsync();
            await page.GetByLabel("Amount").FillAsync("10.00");
            await page.GetByLabel("Bank account").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByLabel("Check number").FillAsync($"DF{width}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Payment recorded" })).ToBeVisibleAsync();
            await Expect(page.Locator("#bill-remaining")).Not.ToHaveTextAsync(remaining);
            await Expect(page.Locator("#payments").GetByText($"DF{width}")).ToBeVisibleAsync();
            await PageChecks.AssertReadableAsync(page, width);

            await using var db = app.Database.CreateContext();
            var saved = await db.Bills.AsNoTracking().Include(b => b.Payments).SingleAsync(b => b.Id == id);
            saved.Payments.ShouldContain(p => p.ReferenceNumber == $"DF{width}" && p.Amount == 10.00m);
            saved.Status.ShouldBe(BillStatuses.PartiallyPaid);
            await page.GotoAsync($"/Bills/Details/{id}");
            await Expect(page.Locator("h1 .badge").First).ToHaveTextAsync("Partially paid");
        });

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task An_admin_adds_a_viewer_who_starts_least_privileged_with_the_chosen_property(int width) =>
        _session.RunAsync($"{nameof(An_admin_adds_a_viewer_who_starts_least_privileged_with_the_chosen_property)}_{width}", async page =>
        {
            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Admin);
            await page.GotoAsync("/Admin/Users/Create");

            // Least privilege unless the admin asks for more, and the property question is on the same form.
            (await page.GetByLabel("Role").InputValueAsync()).ShouldBe(Roles.Viewer);
            await Expect(page.Locator("#property-access")).ToBeVisibleAsync();
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "add-user-form", width);

            var email = $"viewer-{width}-{Guid.NewGuid():N}@example.com";
            var property = await page.Locator("#Input_PropertyIds option").First.InnerTextAsync();
            await page.GetByLabel("E-mail address").FillAsync(email);
            await page.Locator("#Input_PropertyIds").SelectOptionAsync(new SelectOptionValue { Label = property });
            await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();

            await Expect(page.Locator("#generated-password")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 chosen property");
            await PageChecks.AssertReadableAsync(page, width);

            Guid userId;
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
                var user = await accounts.FindByEmailAsync(email);
                user.ShouldNotBeNull();
                userId = user.Id;
                (await accounts.ListAsync(CancellationToken.None)).Single(u => u.Id == userId).Role.ShouldBe(Roles.Viewer);
                var (all, ids) = await scope.ServiceProvider.GetRequiredService<PropertyAssignments>().GetAsync(userId, CancellationToken.None);
                all.ShouldBeFalse();
                ids.Count.ShouldBe(1);
                await using var db = app.Database.CreateContext();
                (await db.Properties.AsNoTracking().SingleAsync(p => p.Id == ids[0])).Name.ShouldBe(property);
            }
        });

    [SkippableFact]
    public Task A_viewer_without_properties_is_told_why_the_list_is_empty_and_offered_nothing_to_create() =>
        _session.RunAsync(nameof(A_viewer_without_properties_is_told_why_the_list_is_empty_and_offered_nothing_to_create), async page =>
        {
            var user = await PropertyManager.Tests.Web.TestUsers.CreateAsync(app.Services, Roles.Viewer, allProperties: false);
            await BrowserSession.SignInAsync(page, user.Email!, PropertyManager.Tests.Web.TestUsers.Password);
            await page.GotoAsync("/Properties");
            await Expect(page.Locator("#no-access")).ToContainTextAsync("not been given any property");
            await Expect(page.GetByText("or .")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "New property" })).ToHaveCountAsync(0);
        });

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task Task_and_work_order_details_keep_their_lines_and_fit_the_screen(int width) =>
        _session.RunAsync($"{nameof(Task_and_work_order_details_keep_their_lines_and_fit_the_screen)}_{width}", async page =>
        {
            Guid taskId;
            Guid workOrderId;
            var lines = $"Leak under the sink{'\n'}Tenant home after 5 pm ({width})";
            await using (var db = app.Database.CreateContext())
            {
                // As a pull would write it (a task's description is Buildium's once created, so not through a form).
                taskId = await db.Tasks.OrderBy(t => t.BuildiumTaskId).Select(t => t.Id).FirstAsync();
                workOrderId = await db.WorkOrders.OrderBy(w => w.BuildiumWorkOrderId).Select(w => w.Id).FirstAsync();
                await db.Tasks.Where(t => t.Id == taskId).ExecuteUpdateAsync(u => u.SetProperty(t => t.Description, lines));
                await db.WorkOrders.Where(w => w.Id == workOrderId).ExecuteUpdateAsync(u => u.SetProperty(w => w.Description, lines));
            }

            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);
            foreach (var url in new[] { $"/Tasks/Details/{taskId}", $"/WorkOrders/Details/{workOrderId}" })
            {
                await page.GotoAsync(url);
                var description = page.Locator("dd.pre-line");
                await Expect(description).ToBeVisibleAsync();
                // Two lines on the screen, not one: the line break survives (a class, no inline style).
                (await description.InnerTextAsync()).ShouldContain("sink\nTenant");
                await PageChecks.AssertReadableAsync(page, width);
            }

            await PageChecks.ScreenshotAsync(page, "work-order-details", width);
        });

    private static async Task<int> Figure(IPage page, string selector) =>
        int.Parse(await page.Locator(selector).InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-US"));

    [GeneratedRegex(@"/Bills/Details/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex BillDetails();
}
