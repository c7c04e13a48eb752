using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Bills;
using PropertyManager.Data.Integration;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>The Bills area over real HTTP: filters and totals, the bill form's amount checks, payments.</summary>
public sealed class BillPagesTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly DateOnly _today = DateOnly.FromDateTime(DateTime.Now);
    private WebAppFactory _factory = null!;
    private HttpClient _client = null!;
    private Guid _bankAccountId;

    public async Task InitializeAsync()
    {
        _factory = new WebAppFactory(database.ConnectionString);
        _factory.StartServer();
        _client = await _factory.CreateSignedInClientAsync();
        await using var db = database.CreateContext();
        _bankAccountId = await PageSeed.BankAccountAsync(db);
        await PageSeed.CategoriesAsync(db);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>The one place the test client is made (a signed-in client once the app requires login).</summary>

    [Fact]
    public async Task The_overdue_filter_totals_and_exports_exactly_the_filtered_bills()
    {
        Guid vendorId;
        await using (var db = database.CreateContext())
        {
            var vendor = await PageSeed.VendorAsync(db, "Overdue Supplies", 81001);
            vendorId = vendor.Id;
            db.Bills.AddRange(
                Bill("late-unpaid", vendorId, _today.AddDays(-10), 100.25m, BillStatuses.Unpaid),
                Bill("late-partly", vendorId, _today.AddDays(-3), 200m, BillStatuses.PartiallyPaid, paid: 50m),
                Bill("late-but-paid", vendorId, _today.AddDays(-20), 400m, BillStatuses.Paid, paid: 400m),
                Bill("due-later", vendorId, _today.AddDays(5), 800m, BillStatuses.Unpaid));
            await db.SaveChangesAsync();
        }

        var html = await _client.GetStringAsync(new Uri($"/Bills?vendorId={vendorId}&overdue=true&sort=due", UriKind.Relative));

        html.ShouldContain("late-unpaid");
        html.ShouldContain("late-partly");
        html.ShouldNotContain("late-but-paid", Case.Sensitive, "paid bills are never overdue");
        html.ShouldNotContain("due-later");
        html.ShouldContain("1–2 of 2");
        var totals = html[html.IndexOf("id=\"bill-totals\"", StringComparison.Ordinal)..];
        totals.ShouldContain(PageSeed.Html(300.25m.ToString("C", CultureInfo.GetCultureInfo("en-US"))), Case.Sensitive, "amount of the two overdue bills");
        totals.ShouldContain(PageSeed.Html(50m.ToString("C", CultureInfo.GetCultureInfo("en-US"))), Case.Sensitive, "paid so far");
        totals.ShouldContain(PageSeed.Html(250.25m.ToString("C", CultureInfo.GetCultureInfo("en-US"))), Case.Sensitive, "outstanding");

        var csv = await _client.GetAsync(new Uri($"/Bills?handler=Csv&vendorId={vendorId}&overdue=true&sort=due", UriKind.Relative));
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("Due,Date,Vendor");
        lines.Length.ShouldBe(3, "header plus the two overdue bills");
        lines[1].ShouldContain("late-unpaid");
        lines[1].ShouldContain("100.25");
        lines[2].ShouldContain("late-partly");
        lines[2].ShouldContain("150.00", Case.Sensitive, "the balance column");
    }

    [Theory]
    [InlineData(81101, "-5", "The amount must be more than zero.")]
    [InlineData(81102, "0", "The amount must be more than zero.")]
    [InlineData(81103, "100000000", "The amount cannot be more than 99,999,999.99.")]
    [InlineData(81104, "12.345", "Use at most two decimals.")]
    [InlineData(81105, "abc", "is not valid")]
    public async Task A_bad_amount_shows_a_field_message_keeps_the_typed_values_and_stores_nothing(int vendorBuildiumId, string amount, string message)
    {
        var vendorId = await VendorAsync($"Amount check {amount}", vendorBuildiumId);
        var form = Form(vendorId, amount, description: $"Bad amount <b>{amount}</b>");

        var response = await _client.SubmitAsync("/Bills/Create", form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(message);
        html.ShouldContain($"value=\"{amount}\"", Case.Sensitive, "the typed amount comes back");
        html.ShouldContain($"Bad amount &lt;b&gt;{amount}&lt;/b&gt;", Case.Sensitive, "the typed description comes back, encoded");
        await using var db = database.CreateContext();
        (await db.Bills.AnyAsync(b => b.VendorId == vendorId)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_due_date_before_the_bill_date_is_refused()
    {
        var vendorId = await VendorAsync("Date check", 81950);
        var form = Form(vendorId, "10.00", description: "dates");
        form["Input.DueDate"] = _today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var html = await (await _client.SubmitAsync("/Bills/Create", form)).Content.ReadAsStringAsync();

        html.ShouldContain("The due date cannot be before the bill date.");
    }

    [Fact]
    public async Task Creating_and_editing_a_bill_store_it_and_queue_it_for_Buildium()
    {
        var vendorId = await VendorAsync("Create Bill Co", 81960);

        var create = await _client.SubmitAsync("/Bills/Create", Form(vendorId, "1234.50", description: "Boiler service"));

        create.StatusCode.ShouldBe(HttpStatusCode.Redirect, await create.Content.ReadAsStringAsync());
        await using (var db = database.CreateContext())
        {
            var bill = await db.Bills.SingleAsync(b => b.VendorId == vendorId);
            bill.Amount.ShouldBe(1234.50m);
            bill.Status.ShouldBe(BillStatuses.Unpaid);
            bill.CategoryId.ShouldBe(PageSeed.BillCategoryBuildiumId);
            create.Headers.Location!.ToString().ShouldBe($"/Bills/Details/{bill.Id}");
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Bill && s.EntityId == bill.Id)).SyncStatus.ShouldBe(SyncStates.Pending);

            var edit = await _client.SubmitAsync($"/Bills/Edit/{bill.Id}", Form(vendorId, "1300", description: "Boiler service and parts"));
            edit.StatusCode.ShouldBe(HttpStatusCode.Redirect, await edit.Content.ReadAsStringAsync());
        }

        await using (var db = database.CreateContext())
        {
            var bill = await db.Bills.SingleAsync(b => b.VendorId == vendorId);
            bill.Amount.ShouldBe(1300m);
            bill.Description.ShouldBe("Boiler service and parts");
        }
    }

    [Fact]
    public async Task Details_lists_the_payments_records_a_new_one_and_refuses_an_over_payment()
    {
        Guid billId;
        await using (var db = database.CreateContext())
        {
            var vendor = await PageSeed.VendorAsync(db, "Payment Vendor", 81970);
            var bill = Bill("pay-me", vendor.Id, _today.AddDays(3), 500m, BillStatuses.PartiallyPaid, paid: 120m);
            bill.BuildiumBillId = 71970;
            bill.Payments[0].Memo = "first instalment";
            db.Bills.Add(bill);
            await db.SaveChangesAsync();
            billId = bill.Id;
        }

        var details = await _client.GetStringAsync(new Uri($"/Bills/Details/{billId}", UriKind.Relative));
        details.ShouldContain("first instalment");
        details.ShouldContain("Buildium cannot update a bill payment");
        details.ShouldContain(PageSeed.Html(380m.ToString("C", CultureInfo.GetCultureInfo("en-US"))), Case.Sensitive, "the remaining balance");

        var over = await _client.SubmitAsync($"/Bills/Details/{billId}", Payment("380.01"), $"/Bills/Details/{billId}?handler=Payment");
        over.StatusCode.ShouldBe(HttpStatusCode.OK);
        var overHtml = await over.Content.ReadAsStringAsync();
        overHtml.ShouldContain("The payment cannot be more than the remaining balance");
        overHtml.ShouldContain("value=\"380.01\"");

        var future = await _client.SubmitAsync($"/Bills/Details/{billId}", Payment("10", _today.AddDays(2)), $"/Bills/Details/{billId}?handler=Payment");
        (await future.Content.ReadAsStringAsync()).ShouldContain("The payment date cannot be in the future.");

        var ok = await _client.SubmitAsync($"/Bills/Details/{billId}", Payment("380"), $"/Bills/Details/{billId}?handler=Payment");
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect, await ok.Content.ReadAsStringAsync());

        await using (var db = database.CreateContext())
        {
            var payments = await db.BillPayments.Where(p => p.BillId == billId).ToListAsync();
            payments.Count.ShouldBe(2, "the refused payments stored nothing");
            var added = payments.Single(p => p.Amount == 380m);
            added.BankAccountId.ShouldBe(_bankAccountId);
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.BillPayment && s.EntityId == added.Id)).SyncStatus.ShouldBe(SyncStates.Pending);
            (await db.Bills.SingleAsync(b => b.Id == billId)).Status.ShouldBe(BillStatuses.Paid);
        }

        var paid = await _client.GetStringAsync(new Uri($"/Bills/Details/{billId}", UriKind.Relative));
        paid.ShouldContain("This bill is paid in full.");
    }

    [Fact]
    public async Task Stored_markup_is_shown_encoded()
    {
        Guid billId;
        await using (var db = database.CreateContext())
        {
            var vendor = await PageSeed.VendorAsync(db, "<script>alert('v')</script>", 81980);
            var bill = Bill("<script>alert(1)</script>", vendor.Id, _today, 10m, BillStatuses.Unpaid);
            db.Bills.Add(bill);
            await db.SaveChangesAsync();
            billId = bill.Id;
        }

        var details = await _client.GetStringAsync(new Uri($"/Bills/Details/{billId}", UriKind.Relative));
        var list = await _client.GetStringAsync(new Uri("/Bills?q=alert", UriKind.Relative));

        foreach (var html in new[] { details, list })
        {
            html.ShouldNotContain("<script>alert");
            html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
    }

    [Fact]
    public async Task An_unknown_bill_is_a_404()
    {
        (await _client.GetAsync(new Uri($"/Bills/Details/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync(new Uri($"/Bills/Edit/{Guid.NewGuid()}", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Bill Bill(string description, Guid vendorId, DateOnly due, decimal amount, string status, decimal? paid = null)
    {
        var bill = new Bill { Description = description, VendorId = vendorId, Date = due.AddDays(-30), DueDate = due, Amount = amount, Status = status, CategoryId = PageSeed.BillCategoryBuildiumId };
        if (paid is { } value)
        {
            bill.Payments.Add(new BillPayment { Amount = value, Date = due.AddDays(-29) });
        }

        return bill;
    }

    private async Task<Guid> VendorAsync(string name, int buildiumId)
    {
        await using var db = database.CreateContext();
        return (await db.Vendors.FirstOrDefaultAsync(v => v.BuildiumVendorId == buildiumId) ?? await PageSeed.VendorAsync(db, name, buildiumId)).Id;
    }

    private static Dictionary<string, string> Form(Guid vendorId, string amount, string description) => new()
    {
        ["Input.VendorId"] = vendorId.ToString(),
        ["Input.CategoryId"] = PageSeed.BillCategoryBuildiumId.ToString(CultureInfo.InvariantCulture),
        ["Input.Date"] = _today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.DueDate"] = _today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.Amount"] = amount,
        ["Input.Description"] = description,
        ["Input.ReferenceNumber"] = "INV-1",
    };

    private Dictionary<string, string> Payment(string amount, DateOnly? date = null) => new()
    {
        ["Payment.Amount"] = amount,
        ["Payment.Date"] = (date ?? _today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Payment.BankAccountId"] = _bankAccountId.ToString(),
        ["Payment.ReferenceNumber"] = "1001",
    };
}
