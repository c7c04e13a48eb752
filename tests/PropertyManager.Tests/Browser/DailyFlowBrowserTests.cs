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
    private static readonly string[] _formsWithUnits = ["/Tasks/Create", "/Bills/Create", "/WorkOrders/Create"];

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

    [SkippableTheory]
    [InlineData(1366)]
    [InlineData(390)]
    public Task A_work_order_created_from_a_task_with_a_vendor_reaches_buildium(int width) =>
        _session.RunAsync($"{nameof(A_work_order_created_from_a_task_with_a_vendor_reaches_buildium)}_{width}", async page =>
        {
            Guid taskId;
            await using (var db = app.Database.CreateContext())
            {
                // Each width uses its own open task already in Buildium, so the two runs do not meet.
                taskId = await db.Tasks.AsNoTracking()
                    .Where(t => t.BuildiumTaskId != null && t.PropertyId != null && (t.Status == "New" || t.Status == "InProgress"))
                    .OrderBy(t => t.BuildiumTaskId).Skip(width == 390 ? 1 : 0).Select(t => t.Id).FirstAsync();
            }

            await page.SetViewportSizeAsync(width, 900);
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);
            await page.GotoAsync($"/Tasks/Details/{taskId}");
            await page.Locator("#create-work-order").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/WorkOrders/Create\\?taskId={taskId}$"));
            (await page.Locator("#Input_TaskId").InputValueAsync()).ShouldBe(taskId.ToString());
            // Required fields are marked from the validator, and the form says what the mark means.
            await Expect(page.Locator("label[for=Input_VendorId]")).ToHaveClassAsync(new Regex(@"\bpm-required\b"));
            await Expect(page.Locator("label[for=Input_Subject]")).ToHaveClassAsync(new Regex(@"\bpm-required\b"));
            await Expect(page.Locator("label[for=Input_Notes]")).Not.ToHaveClassAsync(new Regex(@"\bpm-required\b"));
            await Expect(page.Locator(".pm-required-legend")).ToHaveTextAsync("* required");

            // Without a vendor the form says so and keeps what was typed; no 500, nothing saved.
            var subject = $"Plumber visit ({width})";
            await page.GetByLabel("Subject").FillAsync(subject);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create work order" }).ClickAsync();
            await Expect(page.Locator("[data-valmsg-for='Input.VendorId']")).ToContainTextAsync("Choose the vendor");
            (await page.GetByLabel("Subject").InputValueAsync()).ShouldBe(subject);
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "work-order-form", width);

            var vendor = page.Locator("#Input_VendorId option:not([value=''])").Nth(width == 390 ? 1 : 0);
            var vendorName = (await vendor.InnerTextAsync()).Trim();
            await page.Locator("#Input_VendorId").SelectOptionAsync(new SelectOptionValue { Label = vendorName });
            await page.GetByLabel("Estimated cost").FillAsync("125.50");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create work order" }).ClickAsync();

            await Expect(page).ToHaveURLAsync(WorkOrderDetails());
            var id = Guid.Parse(WorkOrderDetails().Match(page.Url).Groups["id"].Value);
            await Expect(page.Locator("#vendor")).ToHaveTextAsync(vendorName);
            await Expect(page.Locator("#task a")).ToHaveAttributeAsync("href", $"/Tasks/Details/{taskId}");
            await Expect(page.GetByText("Pending push", new() { Exact = true })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Send now" }).ClickAsync();
            await Expect(page.GetByText("Sent to Buildium: it accepted the record.")).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await PageChecks.AssertReadableAsync(page, width);
            await PageChecks.ScreenshotAsync(page, "work-order-created", width);

            // Read back from Buildium's side: the vendor, the task, and through it the priority and status.
            await using var check = app.Database.CreateContext();
            var saved = await check.WorkOrders.AsNoTracking().SingleAsync(w => w.Id == id);
            var task = await check.Tasks.AsNoTracking().SingleAsync(t => t.Id == taskId);
            var chosenVendor = await check.Vendors.AsNoTracking().SingleAsync(v => v.Name == vendorName);
            saved.BuildiumWorkOrderId.ShouldNotBeNull();
            saved.EstimatedCost.ShouldBe(125.50m);
            var remote = app.Emulator.Store.Get("workorders", saved.BuildiumWorkOrderId.Value)!;
            remote["VendorId"]!.GetValue<int>().ShouldBe(chosenVendor.BuildiumVendorId!.Value);
            remote["Title"]!.GetValue<string>().ShouldBe(subject);
            remote["Task"]!["Id"]!.GetValue<int>().ShouldBe(task.BuildiumTaskId!.Value);
            var remoteTask = app.Emulator.Store.Get("tasks", task.BuildiumTaskId.Value)!;
            remoteTask["Priority"]!.GetValue<string>().ShouldBe(saved.Priority);
            remoteTask["TaskStatus"]!.GetValue<string>().ShouldBe(saved.Status);
        });

    [SkippableFact]
    public Task The_unit_list_follows_the_chosen_property_and_the_server_refuses_a_unit_of_another() =>
        _session.RunAsync(nameof(The_unit_list_follows_the_chosen_property_and_the_server_refuses_a_unit_of_another), async page =>
        {
            await BrowserSession.SignInAsync(page, app.Services, Roles.Manager);
            foreach (var form in _formsWithUnits)
            {
                await page.GotoAsync(form);
                var property = await page.Locator("#Input_PropertyId option:not([value=''])").First.GetAttributeAsync("value");
                await page.Locator("#Input_PropertyId").SelectOptionAsync(property!);
                var shown = page.Locator("#Input_UnitId option[data-property]:not([hidden])");
                (await shown.CountAsync()).ShouldBeGreaterThan(0, form);
                foreach (var owner in await shown.EvaluateAllAsync<string[]>("os => os.map(o => o.dataset.property)"))
                {
                    owner.ShouldBe(property, form);
                }

                (await page.Locator($"#Input_UnitId option[data-property]:not([data-property='{property}'])").CountAsync()).ShouldBeGreaterThan(0);
                await Expect(page.Locator($"#Input_UnitId option[data-property]:not([data-property='{property}'])").First).ToBeHiddenAsync();
            }

            // A tampered post (a unit of another property) is refused by the server, with the field's message.
            await page.GotoAsync("/WorkOrders/Create");
            var properties = await page.Locator("#Input_PropertyId option:not([value=''])").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
            await page.Locator("#Input_PropertyId").SelectOptionAsync(properties[0]);
            var foreign = await page.Locator($"#Input_UnitId option[data-property]:not([data-property='{properties[0]}'])").First.GetAttributeAsync("value");
            await page.Locator("#Input_UnitId").EvaluateAsync("(s, v) => { const o = s.querySelector(`option[value='${v}']`); o.disabled = false; o.hidden = false; s.value = v; }", foreign);
            await page.GetByLabel("Subject").FillAsync("Wrong unit");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create work order" }).ClickAsync();
            await Expect(page.Locator("[data-valmsg-for='Input.UnitId']")).ToHaveTextAsync("Choose a unit of the chosen property.");
            await using var db = app.Database.CreateContext();
            (await db.WorkOrders.AsNoTracking().AnyAsync(w => w.Subject == "Wrong unit")).ShouldBeFalse();
        });

    private static async Task<int> Figure(IPage page, string selector) =>
        int.Parse(await page.Locator(selector).InnerTextAsync(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-US"));

    [GeneratedRegex(@"/Bills/Details/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex BillDetails();

    [GeneratedRegex(@"/WorkOrders/Details/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex WorkOrderDetails();
}
