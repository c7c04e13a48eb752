using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Owners;
using PropertyManager.Data.Vendors;
using PropertyManager.Sync.Runs;
using PropertyManager.Tests.Buildium;
using PropertyManager.Tests.Infrastructure;
using PropertyManager.Tests.Web;

namespace PropertyManager.Tests.Sync;

/// <summary>
/// Issue 12: a push never changes a Buildium field the user did not change. For every kind the sync PUTs, a record
/// the emulator holds with every field (write-only ones included) is pulled, one field is edited on the app's edit
/// page (an HTTP POST through the web host), the outbox is pushed, and the emulator's stored record (its admin view,
/// write-only fields and unmasked tax ids included) must differ in that field only.
/// </summary>
public sealed partial class WriteSafePushTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BuildiumHostFixture _buildium = null!;
    private WebAppFactory _web = null!;
    private HttpClient _client = null!;

    public static TheoryData<string> PutKinds { get; } =
    [
        "owners", "vendors", "glaccounts", "rentals", "units", "leases", "bankaccounts", "bills", "tasks", "workorders", "vendorcategories", "taskcategories",
    ];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _buildium = await BuildiumHostFixture.StartAsync(_database.ConnectionString);
        (await _buildium.SyncAsync()).Succeeded.ShouldBeTrue();
        _web = new WebAppFactory(_database.ConnectionString);
        _web.StartServer();
        _client = await _web.CreateSignedInClientAsync(Roles.Admin);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _web.DisposeAsync();
        await _buildium.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(PutKinds))]
    public async Task Editing_one_field_of_a_pulled_record_changes_only_that_field_in_Buildium(string kind)
    {
        var edit = Edits[kind];
        var store = _buildium.Emulator.Store;
        var buildiumId = store.GetIds(kind).First(id => edit.Pick(store.GetStored(kind, id)!));
        var before = store.GetStored(kind, buildiumId)!;
        var page = await edit.PageAsync(_database, buildiumId);

        await SubmitEditAsync(page, edit, before);
        var report = await _buildium.PushAsync();

        report.Errors.ShouldBeEmpty();
        var after = store.GetStored(kind, buildiumId)!;
        ChangedFields(before, after).ShouldBe(edit.Changes, ignoreOrder: true, $"{kind} {buildiumId}: only the edited field may change. Before: {before.ToJsonString()} After: {after.ToJsonString()}");
    }

    /// <summary>Every PUT kind this app can create (leases and work orders it cannot: ADR-007; bank accounts are covered by PushTests).</summary>
    [Theory]
    [InlineData("owners")]
    [InlineData("vendors")]
    [InlineData("glaccounts")]
    [InlineData("rentals")]
    [InlineData("units")]
    [InlineData("bills")]
    [InlineData("tasks")]
    [InlineData("vendorcategories")]
    [InlineData("taskcategories")]
    public async Task Editing_one_field_of_a_record_created_here_changes_only_that_field_in_Buildium(string kind)
    {
        var edit = Edits[kind];
        var localId = await CreateLocallyAsync(kind);
        (await _buildium.PushAsync()).Errors.ShouldBeEmpty();
        var buildiumId = await BuildiumIdAsync(kind, localId);
        var store = _buildium.Emulator.Store;
        var before = store.GetStored(kind, buildiumId)!;

        await SubmitEditAsync($"{edit.Path}/{localId}", edit, before);
        var report = await _buildium.PushAsync();

        report.Errors.ShouldBeEmpty();
        ChangedFields(before, store.GetStored(kind, buildiumId)!).ShouldBe(edit.Changes, ignoreOrder: true, $"{kind} created here, then edited");
    }

    /// <summary>Task history has no edit page (only its message can change in Buildium): edited as the app's code would.</summary>
    [Fact]
    public async Task Editing_a_pulled_task_history_entry_changes_only_its_message_in_Buildium()
    {
        var store = _buildium.Emulator.Store;
        int entryId;
        await using (var db = _database.CreateContext())
        {
            var entry = await db.TaskHistory.FirstAsync(h => h.BuildiumHistoryId != null);
            entryId = entry.BuildiumHistoryId!.Value;
            entry.Notes = "Edited message " + Guid.NewGuid().ToString("N")[..6];
            await db.SaveChangesAsync();
        }

        var before = store.GetStored("taskhistory", entryId)!;
        (await _buildium.PushAsync()).Errors.ShouldBeEmpty();

        ChangedFields(before, store.GetStored("taskhistory", entryId)!).ShouldBe(["Message"]);
    }

    [Fact]
    public async Task Editing_a_pulled_owner_without_saying_its_date_of_birth_is_refused_on_the_record_and_Buildiums_is_kept()
    {
        var store = _buildium.Emulator.Store;
        var ownerId = store.GetIds("owners").First(id => store.GetStored("owners", id)!["DateOfBirth"] is JsonValue);
        var before = store.GetStored("owners", ownerId)!;
        Guid localId;
        await using (var db = _database.CreateContext())
        {
            var owner = await db.Owners.SingleAsync(o => o.BuildiumOwnerId == ownerId);
            owner.Comment = "Edited without the date of birth";
            await db.SaveChangesAsync();
            localId = owner.Id;
        }

        var page = await _client.GetStringAsync(new Uri($"/Owners/Edit/{localId}", UriKind.Relative));
        page.ShouldContain("Buildium never shows an owner's date of birth");

        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Owner].Pushed.ShouldBe(0);
        store.GetStored("owners", ownerId)!.ToJsonString().ShouldBe(before.ToJsonString(), "nothing was sent");
        await using (var db = _database.CreateContext())
        {
            var status = await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Owner && s.EntityId == localId);
            status.SyncStatus.ShouldBe(SyncStates.Failed);
            status.ErrorMessage.ShouldNotBeNull().ShouldContain("date of birth");
        }

        // The user answers the form's question (Buildium has none for this owner); that alone queues the record again.
        var answered = await _client.SubmitAsync($"/Owners/Edit/{localId}", new Dictionary<string, string>(HtmlForm.Fields(page)) { ["NoDateOfBirthInBuildium"] = "true" });
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Owner].Pushed.ShouldBe(1);
        var after = store.GetStored("owners", ownerId)!;
        after["DateOfBirth"].ShouldBeNull("the user said Buildium has none, and that is what is sent");
        ChangedFields(before, after).ShouldBe(["Comment", "DateOfBirth"], ignoreOrder: true);
        (await _client.GetStringAsync(new Uri($"/Owners/Edit/{localId}", UriKind.Relative))).ShouldNotContain("Buildium never shows an owner's date of birth", Case.Sensitive, "asked once");
    }

    [Fact]
    public async Task A_masked_SSN_is_never_sent_back_and_the_emulator_refuses_one()
    {
        var store = _buildium.Emulator.Store;
        var vendorId = store.GetIds("vendors").First(id => store.GetStored("vendors", id)!["TaxInformation"]?["TaxPayerIdType"]?.GetValue<string>() == "SSN");
        var read = store.Get("vendors", vendorId)!;
        var masked = read["TaxInformation"]!["TaxPayerId"]!.GetValue<string>();
        masked.ShouldStartWith("xxx-xx-", Case.Sensitive, "the API masks an individual's SSN");
        var full = store.GetStored("vendors", vendorId)!["TaxInformation"]!["TaxPayerId"]!.GetValue<string>();
        full.ShouldMatch(@"^\d{3}-\d{2}-\d{4}$");

        // Buildium's PUT takes only a full, formatted id with its type.
        var put = new JsonObject { ["IsCompany"] = false, ["FirstName"] = "A", ["LastName"] = "B", ["CategoryId"] = read["Category"]!["Id"]!.GetValue<int>(), ["TaxInformation"] = new JsonObject { ["TaxPayerId"] = masked, ["TaxPayerType"] = "SSN", ["IncludeIn1099"] = true } };
        using var http = new HttpClient { BaseAddress = _buildium.Emulator.BaseAddress };
        http.DefaultRequestHeaders.Add("x-buildium-client-id", _buildium.Emulator.Options.ClientId);
        http.DefaultRequestHeaders.Add("x-buildium-client-secret", _buildium.ClientSecret);
        var refused = await http.PutAsync(new Uri($"v1/vendors/{vendorId}", UriKind.Relative), new StringContent(put.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("123-45-6789");

        // An edit without the full id is refused with what to do; Buildium keeps the full id.
        Guid localId;
        await using (var db = _database.CreateContext())
        {
            var vendor = await db.Vendors.SingleAsync(v => v.BuildiumVendorId == vendorId);
            vendor.Notes = "Edited with the tax id still masked";
            await db.SaveChangesAsync();
            localId = vendor.Id;
        }

        (await _client.GetStringAsync(new Uri($"/Vendors/Edit/{localId}", UriKind.Relative))).ShouldContain("SSN masked");
        var report = await _buildium.PushAsync();
        report.Kinds[SyncEntityTypes.Vendor].Pushed.ShouldBe(0);
        store.GetStored("vendors", vendorId)!["TaxInformation"]!["TaxPayerId"]!.GetValue<string>().ShouldBe(full);
        await using (var db = _database.CreateContext())
        {
            (await db.SyncStatuses.SingleAsync(s => s.EntityType == SyncEntityTypes.Vendor && s.EntityId == localId)).ErrorMessage.ShouldNotBeNull().ShouldContain("full tax id");
        }
    }

    [Fact]
    public async Task A_full_SSN_entered_here_survives_the_pull_of_its_mask_and_is_sent_in_full()
    {
        var localId = await CreateLocallyAsync("vendors");
        await using (var db = _database.CreateContext())
        {
            var vendor = await db.Vendors.SingleAsync(v => v.Id == localId);
            vendor.TaxId = "234-56-7890";
            await db.SaveChangesAsync();
        }

        (await _buildium.PushAsync()).Errors.ShouldBeEmpty();
        var buildiumId = await BuildiumIdAsync("vendors", localId);
        var store = _buildium.Emulator.Store;
        store.Get("vendors", buildiumId)!["TaxInformation"]!["TaxPayerId"]!.GetValue<string>().ShouldBe("xxx-xx-7890", "Buildium reads an SSN back masked");
        (await _buildium.SyncAsync(new SyncRequest("test", Full: true))).Succeeded.ShouldBeTrue();
        await using (var db = _database.CreateContext())
        {
            (await db.Vendors.SingleAsync(v => v.Id == localId)).TaxId.ShouldBe("234-56-7890", "the pull's mask of it does not replace the full id");
        }

        var before = store.GetStored("vendors", buildiumId)!;
        await SubmitEditAsync($"/Vendors/Edit/{localId}", Edits["vendors"], before);
        (await _buildium.PushAsync()).Errors.ShouldBeEmpty();

        var after = store.GetStored("vendors", buildiumId)!;
        ChangedFields(before, after).ShouldBe(["Comments"]);
        after["TaxInformation"]!["TaxPayerId"]!.GetValue<string>().ShouldBe("234-56-7890");
        after["TaxInformation"]!["TaxPayerIdType"]!.GetValue<string>().ShouldBe("SSN");
    }

    [Fact]
    public async Task A_full_sync_lists_GL_accounts_once()
    {
        var from = DateTimeOffset.UtcNow;
        var requestsBefore = _buildium.Emulator.Stats.TotalRequests;
        (await _buildium.SyncAsync(new SyncRequest("test", Full: true))).Succeeded.ShouldBeTrue();
        var requests = _buildium.Emulator.Stats.TotalRequests - requestsBefore;

        await using var db = _database.CreateContext();
        var logged = 0;
        for (var wait = 0; wait < 100 && logged < requests; wait++)
        {
            await Task.Delay(100);
            logged = await db.ApiLog.CountAsync(r => r.CreatedAt >= from);
        }

        logged.ShouldBe((int)requests, "every call is in buildium_api_log");
        var endpoints = await db.ApiLog.Where(r => r.CreatedAt >= from && r.Method == "GET").Select(r => r.Endpoint!).ToListAsync();
        endpoints.Count(e => GlAccountList().IsMatch(e)).ShouldBe(1);
    }

    [Fact]
    public async Task Deactivating_a_property_sends_only_the_inactivation_request()
    {
        int rentalId;
        await using (var db = _database.CreateContext())
        {
            var property = await db.Properties.FirstAsync(p => p.BuildiumPropertyId != null && p.IsActive == true);
            rentalId = property.BuildiumPropertyId!.Value;
            property.IsActive = false;
            property.Status = Data.Properties.PropertyStatuses.Inactive;
            await db.SaveChangesAsync();
        }

        var stats = _buildium.Emulator.Stats;
        stats.Reset();
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Property].Pushed.ShouldBe(1);

        stats.RequestsByEndpoint.ShouldBe(new Dictionary<string, long> { [$"POST /v1/rentals/{rentalId}/inactivationrequest"] = 1 });
        _buildium.Emulator.Store.Get("rentals", rentalId)!["IsActive"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task A_task_edit_sends_its_types_GET_and_PUT_only()
    {
        int taskId;
        await using (var db = _database.CreateContext())
        {
            var task = await db.Tasks.FirstAsync(t => t.BuildiumTaskId != null);
            taskId = task.BuildiumTaskId!.Value;
            task.Subject = "Edited to count the calls";
            await db.SaveChangesAsync();
        }

        var stats = _buildium.Emulator.Stats;
        stats.Reset();
        (await _buildium.PushAsync()).Kinds[SyncEntityTypes.Task].Pushed.ShouldBe(1);

        var calls = stats.RequestsByEndpoint;
        calls.Keys.Count(k => k.StartsWith("GET ", StringComparison.Ordinal)).ShouldBe(1, string.Join(", ", calls.Keys));
        calls.Keys.Count(k => k.StartsWith("PUT ", StringComparison.Ordinal)).ShouldBe(1, string.Join(", ", calls.Keys));
        calls.Keys.ShouldNotContain($"GET /v1/tasks/{taskId}", "the type comes from the synced payload");
        calls.Values.Sum().ShouldBe(2);
        _buildium.Emulator.Store.Get("tasks", taskId)!["Title"]!.GetValue<string>().ShouldBe("Edited to count the calls");
    }

    /// <summary>Fields whose values differ, as dotted paths ("Address.City"); arrays compare whole.</summary>
    private static List<string> ChangedFields(JsonObject before, JsonObject after)
    {
        var a = Flatten(before);
        var b = Flatten(after);
        return [.. a.Keys.Union(b.Keys).Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k) && !Housekeeping.Contains(k)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Buildium's own bookkeeping of an update, not a field anyone edits.</summary>
    private static readonly HashSet<string> Housekeeping = new(StringComparer.Ordinal) { "LastUpdatedDateTime" };

    private static Dictionary<string, string?> Flatten(JsonObject node, string prefix = "")
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in node)
        {
            if (value is JsonObject child)
            {
                foreach (var pair in Flatten(child, $"{prefix}{name}."))
                {
                    result[pair.Key] = pair.Value;
                }
            }
            else
            {
                result[prefix + name] = value?.ToJsonString();
            }
        }

        return result;
    }

    /// <summary>Posts the page's form as a browser would (every field as rendered), with the edit and any answers.</summary>
    private async Task SubmitEditAsync(string page, KindEdit edit, JsonObject stored)
    {
        var html = await _client.GetStringAsync(new Uri(page, UriKind.Relative));
        var fields = HtmlForm.Fields(html);
        fields[edit.Field] = edit.NewValue(stored);
        foreach (var (name, value) in edit.Answers(stored, html))
        {
            fields[name] = value;
        }

        var response = await _client.SubmitAsync(page, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{page}: {ValidationMessages(await response.Content.ReadAsStringAsync())}");
    }

    private static string ValidationMessages(string html) =>
        string.Join(" | ", Regex.Matches(html, "<span[^>]*field-validation-error[^>]*>([^<]*)</span>|<div[^>]*validation-summary-errors[^>]*>(.*?)</div>", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value + m.Groups[2].Value));

    private async Task<Guid> CreateLocallyAsync(string kind)
    {
        await using var db = _database.CreateContext();
        var tag = Guid.NewGuid().ToString("N")[..6];
        switch (kind)
        {
            case "owners":
                var property = await db.Properties.FirstAsync(p => p.BuildiumPropertyId != null);
                var owner = new Owner
                {
                    FirstName = "Lena",
                    LastName = "Local " + tag,
                    IsCompany = false,
                    DateOfBirth = new DateOnly(1971, 3, 14),
                    Email = $"lena.{tag}@example.com",
                    AlternateEmail = $"lena.alt.{tag}@example.com",
                    PhoneHome = "(617) 555-0101",
                    AddressLine1 = "12 Local Way",
                    City = "Boston",
                    State = "MA",
                    PostalCode = "02110",
                    Country = "UnitedStates",
                    Comment = "Created here",
                    TaxPayerType = "SSN",
                    TaxPayerId = "321-54-9876",
                    TaxId = "321-54-9876",
                    IsActive = true,
                };
                db.Add(owner);
                db.Add(new Ownership { Owner = owner, PropertyId = property.Id, OwnershipPercentage = 100, DisbursementPercentage = 100, Primary = true });
                await db.SaveChangesAsync();
                return owner.Id;
            case "vendors":
                var category = await db.VendorCategories.FirstAsync(c => c.BuildiumCategoryId != null && c.Name != "Uncategorized");
                var vendor = new Vendor
                {
                    Name = "Local Plumbing " + tag,
                    ContactName = "Pat Local",
                    CategoryId = category.BuildiumCategoryId,
                    Email = $"pat.{tag}@example.com",
                    PhoneNumber = "(617) 555-0102",
                    AddressLine1 = "3 Pipe Street",
                    City = "Boston",
                    State = "MA",
                    PostalCode = "02110",
                    Country = "UnitedStates",
                    TaxId = "12-3456789",
                    Notes = "Created here",
                    IsActive = true,
                };
                db.Add(vendor);
                await db.SaveChangesAsync();
                return vendor.Id;
            case "rentals":
            case "units":
                var template = await db.Properties.AsNoTracking().FirstAsync(p => p.OperatingBankAccountId != null && p.BuildiumPropertyId != null);
                var unit = new Data.Units.Unit
                {
                    UnitNumber = "L-" + tag[..3],
                    MarketRent = 1800m,
                    Description = "Created here",
                    AddressLine1 = "5 Local Row",
                    City = "Boston",
                    State = "MA",
                    PostalCode = "02110",
                    Country = "UnitedStates",
                };
                if (kind == "units")
                {
                    unit.PropertyId = template.Id;
                    db.Add(unit);
                    await db.SaveChangesAsync();
                    return unit.Id;
                }

                var rental = new Data.Properties.Property
                {
                    Name = "Local Heights " + tag,
                    RentalSubType = template.RentalSubType,
                    OperatingBankAccountId = template.OperatingBankAccountId,
                    StructureDescription = "Created here",
                    AddressLine1 = "5 Local Row",
                    City = "Boston",
                    State = "MA",
                    PostalCode = "02110",
                    Country = "UnitedStates",
                    YearBuilt = 1990,
                };
                rental.Units.Add(unit);
                db.Add(rental);
                await db.SaveChangesAsync();
                return rental.Id;
            case "bills":
                var billVendor = await db.Vendors.AsNoTracking().FirstAsync(v => v.BuildiumVendorId != null);
                var billProperty = await db.Properties.AsNoTracking().FirstAsync(p => p.BuildiumPropertyId != null);
                var billCategory = await db.BillCategories.AsNoTracking().FirstAsync(c => c.BuildiumCategoryId != null && c.Name == "Repairs and Maintenance");
                var bill = new Data.Bills.Bill
                {
                    VendorId = billVendor.Id,
                    PropertyId = billProperty.Id,
                    Date = new DateOnly(2026, 11, 1),
                    DueDate = new DateOnly(2026, 11, 30),
                    Amount = 412.25m,
                    Description = "Created here",
                    ReferenceNumber = "LB-" + tag,
                    CategoryId = billCategory.BuildiumCategoryId,
                };
                db.Add(bill);
                await db.SaveChangesAsync();
                return bill.Id;
            case "tasks":
                var taskProperty = await db.Properties.AsNoTracking().FirstAsync(p => p.BuildiumPropertyId != null);
                var taskCategory = await db.TaskCategories.AsNoTracking().FirstAsync(c => c.BuildiumCategoryId != null);
                var task = new Data.Tasks.MaintenanceTask
                {
                    Subject = "Local task " + tag,
                    Description = "Created here",
                    AssignedTo = "2",
                    PropertyId = taskProperty.Id,
                    Category = taskCategory.Name,
                    Priority = "High",
                    Status = "New",
                    ScheduledDate = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
                };
                db.Add(task);
                await db.SaveChangesAsync();
                return task.Id;
            case "vendorcategories":
                var vendorCategory = new VendorCategory { Name = "Local trade " + tag };
                db.Add(vendorCategory);
                await db.SaveChangesAsync();
                return vendorCategory.Id;
            case "taskcategories":
                var taskCategoryNew = new Data.Tasks.TaskCategory { Name = "Local chores " + tag };
                db.Add(taskCategoryNew);
                await db.SaveChangesAsync();
                return taskCategoryNew.Id;
            default:
                var accountId = Guid.NewGuid();
                var account = new GlAccount
                {
                    Id = accountId,
                    BuildiumGlAccountId = SyncEntityIds.Placeholder(accountId),
                    Name = "Local Petty Cash " + tag,
                    AccountNumber = "19" + tag[..4],
                    Description = "Created here",
                    Type = "Asset",
                    SubType = "CurrentAsset",
                    IsActive = true,
                };
                db.Add(account);
                await db.SaveChangesAsync();
                return account.Id;
        }
    }

    private async Task<int> BuildiumIdAsync(string kind, Guid localId)
    {
        await using var db = _database.CreateContext();
        return kind switch
        {
            "owners" => (await db.Owners.SingleAsync(o => o.Id == localId)).BuildiumOwnerId!.Value,
            "vendors" => (await db.Vendors.SingleAsync(v => v.Id == localId)).BuildiumVendorId!.Value,
            "rentals" => (await db.Properties.SingleAsync(p => p.Id == localId)).BuildiumPropertyId!.Value,
            "units" => (await db.Units.SingleAsync(u => u.Id == localId)).BuildiumUnitId!.Value,
            "bills" => (await db.Bills.SingleAsync(b => b.Id == localId)).BuildiumBillId!.Value,
            "tasks" => (await db.Tasks.SingleAsync(t => t.Id == localId)).BuildiumTaskId!.Value,
            "vendorcategories" => (await db.VendorCategories.SingleAsync(c => c.Id == localId)).BuildiumCategoryId!.Value,
            "taskcategories" => (await db.TaskCategories.SingleAsync(c => c.Id == localId)).BuildiumCategoryId!.Value,
            _ => (await db.GlAccounts.SingleAsync(g => g.Id == localId)).BuildiumGlAccountId,
        };
    }

    [GeneratedRegex(@"^/v1/glaccounts(\?|$)")]
    private static partial Regex GlAccountList();
}
