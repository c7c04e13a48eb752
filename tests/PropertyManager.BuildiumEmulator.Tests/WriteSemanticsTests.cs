using System.Net;
using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class WriteSemanticsTests
{
    [Fact]
    public async Task Create_returns_201_with_location_of_the_new_resource_and_the_body()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/vendors/categories", TestEmulator.Json(new { Name = "Snow Removal" }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.ReadJsonAsync();
        response.Headers.Location!.AbsolutePath.ShouldBe($"/v1/vendors/categories/{created.Id()}");
        (await client.GetJsonAsync(response.Headers.Location.ToString()))["Name"]!.GetValue<string>().ShouldBe("Snow Removal");
    }

    [Fact]
    public async Task Rental_create_makes_units_links_owners_and_returns_a_link_header()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/rentals", TestEmulator.Json(new
        {
            Name = "Harbor Lofts",
            Address = TestEmulator.Address("10 Harbor Way"),
            RentalSubType = "MultiFamily",
            OperatingBankAccountId = 900,
            RentalOwnerIds = new[] { 50000 },
            Units = new[] { new { UnitNumber = "1", Address = TestEmulator.Address("10 Harbor Way") }, new { UnitNumber = "2", Address = TestEmulator.Address("10 Harbor Way") } },
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var rental = await response.ReadJsonAsync();
        rental["NumberUnits"]!.GetValue<int>().ShouldBe(2);
        rental["RentalType"]!.GetValue<string>().ShouldBe("Residential");
        response.Headers.GetValues("Link").Single().ShouldContain("/v1/rentals/units/");
        (await client.GetArrayAsync($"/v1/rentals/units?propertyids={rental.Id()}")).Count.ShouldBe(2);
        (await client.GetJsonAsync("/v1/rentals/owners/50000"))["PropertyIds"]!.AsArray().Select(i => i!.GetValue<int>()).ShouldContain(rental.Id());
    }

    [Fact]
    public async Task Put_blanks_omitted_fields_while_get_merge_put_keeps_them()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var original = await client.GetJsonAsync("/v1/rentals/1001");
        original["StructureDescription"].ShouldNotBeNull();
        original["YearBuilt"].ShouldNotBeNull();

        // A client that GETs, merges its change and PUTs the whole message keeps the other fields.
        using var merged = await client.PutAsync("/v1/rentals/1001", TestEmulator.Json(new
        {
            Name = "Renamed by merge",
            StructureDescription = original["StructureDescription"]!.GetValue<string>(),
            Address = original["Address"],
            RentalSubType = original["RentalSubType"]!.GetValue<string>(),
            OperatingBankAccountId = original["OperatingBankAccountId"]!.GetValue<int>(),
            PropertyManagerId = original["RentalManager"]!["Id"]!.GetValue<int>(),
            Reserve = original["Reserve"]!.GetValue<double>(),
            YearBuilt = original["YearBuilt"]!.GetValue<int>(),
        }));
        var kept = await merged.ReadJsonAsync();
        kept["Name"]!.GetValue<string>().ShouldBe("Renamed by merge");
        kept["StructureDescription"]!.GetValue<string>().ShouldBe(original["StructureDescription"]!.GetValue<string>());
        kept["RentalManager"]!["Id"]!.GetValue<int>().ShouldBe(original["RentalManager"]!["Id"]!.GetValue<int>());

        // A partial PUT loses what it did not send.
        using var partial = await client.PutAsync("/v1/rentals/1001", TestEmulator.Json(new
        {
            Name = "Partial",
            Address = TestEmulator.Address(),
            RentalSubType = "MultiFamily",
            OperatingBankAccountId = 900,
        }));
        var lost = await client.GetJsonAsync("/v1/rentals/1001");
        lost["StructureDescription"].ShouldBeNull();
        lost["YearBuilt"].ShouldBeNull();
        lost["RentalManager"].ShouldBeNull();
    }

    [Fact]
    public async Task Owner_write_shape_maps_to_the_read_shape()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/rentals/owners", TestEmulator.Json(new
        {
            IsCompany = false,
            FirstName = "Rosa",
            LastName = "Diaz",
            PhoneNumbers = new { Home = "(617) 555-1111", Work = "(617) 555-2222", Mobile = "(617) 555-3333" },
            Address = TestEmulator.Address(),
            PropertyIds = new[] { 1000 },
            TaxInformation = new { TaxPayerId = "123-45-6789", TaxPayerType = "SSN", TaxPayerName1 = "Rosa Diaz", Address = TestEmulator.Address() },
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var owner = await response.ReadJsonAsync();
        owner["PhoneNumbers"]!.AsArray().Select(p => (p!["Type"]!.GetValue<string>(), p["Number"]!.GetValue<string>()))
            .ShouldBe([("Home", "(617) 555-1111"), ("Office", "(617) 555-2222"), ("Cell", "(617) 555-3333")]);
        owner["TaxInformation"]!["TaxPayerIdType"]!.GetValue<string>().ShouldBe("SSN");
        owner["IsActive"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Vendor_reads_expense_gl_account_id_with_capital_gl_and_writes_it_with_gl()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PutAsync("/v1/vendors/3000", TestEmulator.Json(new { IsCompany = true, CompanyName = "Acme Plumbing", CategoryId = 301, ExpenseGlAccountId = 14 }));

        var vendor = await response.ReadJsonAsync();
        vendor["ExpenseGLAccountId"]!.GetValue<int>().ShouldBe(14);
        vendor["Category"]!["Name"]!.GetValue<string>().ShouldBe("Plumbing");
        vendor.AsObject().ContainsKey("ExpenseGlAccountId").ShouldBeFalse();
        vendor["PrimaryEmail"].ShouldBeNull();
    }

    [Fact]
    public async Task Bill_put_replaces_lines_and_patch_changes_only_what_it_names()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        using var created = await client.PostAsync("/v1/bills", TestEmulator.Json(new
        {
            Date = "2025-03-01",
            DueDate = "2025-03-31",
            VendorId = 3000,
            ReferenceNumber = "R-1",
            Memo = "first",
            Lines = new[] { new { AccountingEntity = new { Id = 1000, AccountingEntityType = "Rental", UnitId = 20000 }, GlAccountId = 14, Amount = 100.0 } },
        }));
        var bill = await created.ReadJsonAsync();
        var lineId = bill["Lines"]![0]!.Id();
        bill["Lines"]![0]!["GLAccount"]!["Name"]!.GetValue<string>().ShouldNotBeNullOrEmpty();

        using var patched = await client.SendJsonAsync(HttpMethod.Patch, $"/v1/bills/{bill.Id()}", new { Memo = "patched" });
        var afterPatch = await patched.ReadJsonAsync();
        afterPatch["Memo"]!.GetValue<string>().ShouldBe("patched");
        afterPatch["ReferenceNumber"]!.GetValue<string>().ShouldBe("R-1");

        using var put = await client.PutAsync($"/v1/bills/{bill.Id()}", TestEmulator.Json(new
        {
            Date = "2025-03-01",
            DueDate = "2025-03-31",
            VendorId = 3000,
            Lines = new object[]
            {
                new { Id = lineId, AccountingEntity = new { Id = 1000, AccountingEntityType = "Rental" }, GlAccountId = 14, Amount = 150.0 },
                new { AccountingEntity = new { Id = 1000, AccountingEntityType = "Rental" }, GlAccountId = 15, Amount = 50.0 },
            },
        }));
        var afterPut = await put.ReadJsonAsync();
        afterPut["Memo"].ShouldBeNull();
        afterPut["ReferenceNumber"].ShouldBeNull();
        afterPut["Lines"]!.AsArray().Count.ShouldBe(2);
        afterPut["Lines"]![0]!.Id().ShouldBe(lineId);
        afterPut["Lines"]![0]!["Amount"]!.GetValue<double>().ShouldBe(150);
    }

    [Fact]
    public async Task Bill_payments_mark_the_bill_paid_and_cannot_exceed_the_amount_due()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var bill = (await client.GetArrayAsync("/v1/bills?paidstatus=Unpaid"))[0]!;
        var lines = bill["Lines"]!.AsArray();

        using var tooMuch = await client.PostAsync($"/v1/bills/{bill.Id()}/payments", TestEmulator.Json(new
        {
            BankAccountId = 900,
            EntryDate = "2025-07-01",
            Lines = new[] { new { BillLineId = lines[0]!.Id(), Amount = 1_000_000.0 } },
        }));
        await tooMuch.ShouldBeBuildiumErrorAsync(422);

        using var payment = await client.PostAsync($"/v1/bills/{bill.Id()}/payments", TestEmulator.Json(new
        {
            BankAccountId = 900,
            EntryDate = "2025-07-01",
            Lines = lines.Select(l => new { BillLineId = l!.Id(), Amount = l!["Amount"]!.GetValue<double>() }).ToArray(),
        }));
        payment.StatusCode.ShouldBe(HttpStatusCode.Created);
        var paymentBody = await payment.ReadJsonAsync();
        paymentBody["PaidBillIds"]!.AsArray().Select(i => i!.GetValue<int>()).ShouldBe([bill.Id()]);
        payment.Headers.Location!.AbsolutePath.ShouldBe($"/v1/bills/{bill.Id()}/payments/{paymentBody.Id()}");
        (await client.GetJsonAsync($"/v1/bills/{bill.Id()}"))["PaidDate"]!.GetValue<string>().ShouldBe("2025-07-01");
        (await client.GetArrayAsync($"/v1/bills/{bill.Id()}/payments")).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Task_put_with_a_message_or_status_change_adds_history()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        using var created = await client.PostAsync("/v1/tasks/todorequests", TestEmulator.Json(new
        {
            Title = "Check smoke detectors",
            Description = "All units",
            AssignedToUserId = 2,
            TaskStatus = "New",
            Priority = "Normal",
            PropertyId = 1000,
        }));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var task = await created.ReadJsonAsync();
        var historyBefore = (await client.GetArrayAsync($"/v1/tasks/{task.Id()}/history")).Count;

        using var update = await client.PutAsync($"/v1/tasks/todorequests/{task.Id()}", TestEmulator.Json(new
        {
            Title = "Check smoke detectors",
            AssignedToUserId = 3,
            TaskStatus = "InProgress",
            Priority = "High",
            Message = "Started on floor 1",
        }));
        var updated = await update.ReadJsonAsync();
        updated["Description"]!.GetValue<string>().ShouldBe("All units");
        updated["Property"].ShouldBeNull();

        var history = await client.GetArrayAsync($"/v1/tasks/{task.Id()}/history?orderby=Id");
        history.Count.ShouldBe(historyBefore + 1);
        var entry = history[^1]!;
        (entry["Message"]!.GetValue<string>(), entry["TaskStatus"]!.GetValue<string>(), entry["AssignedToUserId"]!.GetValue<int>()).ShouldBe(("Started on floor 1", "InProgress", 3));

        using var edit = await client.PutAsync($"/v1/tasks/{task.Id()}/history/{entry.Id()}", TestEmulator.Json(new { Message = "Edited" }));
        (await edit.ReadJsonAsync())["Message"]!.GetValue<string>().ShouldBe("Edited");

        using var quiet = await client.PutAsync($"/v1/tasks/todorequests/{task.Id()}", TestEmulator.Json(new { Title = "Renamed only", AssignedToUserId = 3, TaskStatus = "InProgress", Priority = "High" }));
        (await client.GetArrayAsync($"/v1/tasks/{task.Id()}/history")).Count.ShouldBe(historyBefore + 1);
        (await client.GetJsonAsync($"/v1/tasks/{task.Id()}"))["TaskType"]!.GetValue<string>().ShouldBe("Todo");
        using var wrongType = await client.GetAsync($"/v1/tasks/residentrequests/{task.Id()}");
        await wrongType.ShouldBeBuildiumErrorAsync(404);
    }

    [Fact]
    public async Task Work_order_put_replaces_line_items_and_title()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        using var created = await client.PostAsync("/v1/workorders", TestEmulator.Json(new
        {
            Title = "Fix boiler",
            EntryAllowed = "Yes",
            VendorId = 3001,
            Task = new { Title = "Boiler", Priority = "High", Status = "New", AssignedToUserId = 2, PropertyId = 1000 },
            LineItems = new[] { new { Quantity = 2.0, UnitPrice = 50.0, Memo = "Labor" }, new { Quantity = 1.0, UnitPrice = 20.0, Memo = "Part" } },
        }));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var workOrder = await created.ReadJsonAsync();
        workOrder["Amount"]!.GetValue<double>().ShouldBe(120);
        workOrder["Task"]!["Title"]!.GetValue<string>().ShouldBe("Boiler");

        using var put = await client.PutAsync($"/v1/workorders/{workOrder.Id()}", TestEmulator.Json(new
        {
            Title = "Replace boiler",
            EntryAllowed = "No",
            VendorId = 3001,
            LineItems = new[] { new { Quantity = 1.0, UnitPrice = 900.0, Memo = "Boiler" } },
        }));
        var updated = await put.ReadJsonAsync();
        updated["Title"]!.GetValue<string>().ShouldBe("Replace boiler");
        updated["LineItems"]!.AsArray().Count.ShouldBe(1);
        updated["Amount"]!.GetValue<double>().ShouldBe(900);
        updated["Task"]!.Id().ShouldBe(workOrder["Task"]!.Id());
    }

    [Fact]
    public async Task Inactivating_a_rental_inactivates_it_and_owners_left_without_an_active_property()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var owners = await client.GetArrayAsync("/v1/rentals/owners?propertyids=1003");
        var soleOwner = owners.First(o => o!["PropertyIds"]!.AsArray().Count == 1)!;

        using var inactivate = await client.PostAsync("/v1/rentals/1003/inactivationrequest", null);
        inactivate.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetJsonAsync("/v1/rentals/1003"))["IsActive"]!.GetValue<bool>().ShouldBeFalse();
        (await client.GetArrayAsync("/v1/rentals?status=InActive")).Select(r => r!.Id()).ShouldBe([1003]);
        (await client.GetJsonAsync($"/v1/rentals/owners/{soleOwner.Id()}"))["IsActive"]!.GetValue<bool>().ShouldBeFalse();

        using var reactivate = await client.PostAsync("/v1/rentals/1003/reactivationrequest", null);
        reactivate.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetJsonAsync("/v1/rentals/1003"))["IsActive"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Lease_create_derives_status_and_occupies_the_unit()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var vacant = (await client.GetArrayAsync("/v1/rentals/units?limit=1000")).First(u => u!["IsUnitOccupied"]!.GetValue<bool>() == false)!;
        var today = DateTime.UtcNow.Date;

        using var response = await client.PostAsync("/v1/leases", TestEmulator.Json(new
        {
            LeaseType = "Fixed",
            UnitId = vacant.Id(),
            LeaseFromDate = today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            LeaseToDate = today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            SendWelcomeEmail = false,
            Tenants = new[] { new { FirstName = "Ada", LastName = "Lovelace", Address = TestEmulator.Address() } },
            Rent = new { Cycle = "Monthly", Charges = new[] { new { Amount = 1800.0, GlAccountId = 10, NextDueDate = "2026-01-01" } } },
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var lease = await response.ReadJsonAsync();
        lease["LeaseStatus"]!.GetValue<string>().ShouldBe("Active");
        lease["AccountDetails"]!["Rent"]!.GetValue<double>().ShouldBe(1800);
        lease["CurrentTenants"]![0]!["FirstName"]!.GetValue<string>().ShouldBe("Ada");
        (await client.GetJsonAsync($"/v1/rentals/units/{vacant.Id()}"))["IsUnitOccupied"]!.GetValue<bool>().ShouldBeTrue();
        (await client.GetArrayAsync($"/v1/leases?propertyids={lease["PropertyId"]}&leasestatuses=Active&limit=1000")).Select(l => l!.Id()).ShouldContain(lease.Id());
    }

    [Fact]
    public async Task Gl_account_names_and_numbers_are_unique_and_type_follows_sub_type()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var created = await client.PostAsync("/v1/glaccounts", TestEmulator.Json(new { Name = "Snow Removal", AccountNumber = "5700", SubType = "OperatingExpenses", ParentGLAccountId = 14 }));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await created.ReadJsonAsync())["Type"]!.GetValue<string>().ShouldBe("Expense");
        (await client.GetJsonAsync("/v1/glaccounts/14"))["SubAccounts"]!.AsArray().Select(s => s!["Name"]!.GetValue<string>()).ShouldContain("Snow Removal");

        using var duplicate = await client.PostAsync("/v1/glaccounts", TestEmulator.Json(new { Name = "snow removal", AccountNumber = "5700", SubType = "OperatingExpenses" }));
        (await duplicate.ShouldBeBuildiumErrorAsync(422)).Keys().ShouldBe(["Name", "AccountNumber"], ignoreOrder: true);
    }

    [Fact]
    public async Task System_task_categories_cannot_be_edited()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var system = (await client.GetArrayAsync("/v1/tasks/categories")).First(c => c!["IsSystemCategory"]!.GetValue<bool>())!;

        using var response = await client.PutAsync($"/v1/tasks/categories/{system.Id()}", TestEmulator.Json(new { Name = "Renamed" }));

        await response.ShouldBeBuildiumErrorAsync(422);
    }

    [Fact]
    public async Task Bank_account_create_masks_the_number_and_creates_its_gl_account()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/bankaccounts", TestEmulator.Json(new { Name = "Reserve", BankAccountType = "Savings", Country = "UnitedStates", AccountNumber = "123456789", RoutingNumber = "011000015" }));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var account = (JsonObject)(await response.ReadJsonAsync());
        account["AccountNumber"]!.GetValue<string>().ShouldBe("xxxxx6789");
        account["AccountNumberUnmasked"]!.GetValue<string>().ShouldBe("123456789");
        account["GLAccount"]!["IsBankAccount"]!.GetValue<bool>().ShouldBeTrue();
        (await client.GetArrayAsync("/v1/bankaccounts?routingnumbers=011000015")).Single()!.Id().ShouldBe(account.Id());
    }
}
