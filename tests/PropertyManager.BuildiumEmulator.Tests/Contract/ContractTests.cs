using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests.Contract;

/// <summary>
/// Every endpoint the emulator serves, called over HTTP; request bodies and responses are checked against
/// the schemas of Buildium's own OpenAPI document. Skipped (never passed) when the document is absent.
/// </summary>
public sealed class ContractTests
{
    private const string History = "/v1/tasks/{taskId}/history/{taskHistoryId}";

    [SkippableFact]
    public async Task Every_emulated_endpoint_matches_buildiums_openapi_schemas()
    {
        var spec = LoadSpecOrSkip();
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var run = new ContractRun(spec, client);
        var address = TestEmulator.Address();

        // Rentals, units, owners.
        await run.CallAsync("GET", "/v1/rentals", "/v1/rentals");
        await run.CallAsync("GET", "/v1/rentals/{propertyId}", "/v1/rentals/1000");
        var rental = await run.MustAsync("POST", "/v1/rentals", "/v1/rentals", 201, new
        {
            Name = "Contract Court",
            StructureDescription = "Brick",
            Address = address,
            RentalSubType = "MultiFamily",
            RentalOwnerIds = new[] { 50000 },
            OperatingBankAccountId = 900,
            PropertyManagerId = 2,
            Reserve = 100.0,
            YearBuilt = 1999,
            Units = new[] { new { UnitNumber = "A", UnitSize = 700, MarketRent = 1500.0, Address = address, UnitBedrooms = "TwoBed", UnitBathrooms = "OneBath", Description = "Corner" } },
        });
        var propertyId = rental.Id();
        await run.CallAsync("PUT", "/v1/rentals/{propertyId}", $"/v1/rentals/{propertyId}", 200, new { Name = "Contract Court II", Address = address, RentalSubType = "MultiFamily", OperatingBankAccountId = 900 });
        await run.CallAsync("POST", "/v1/rentals/{propertyId}/inactivationrequest", $"/v1/rentals/{propertyId}/inactivationrequest", 204);
        await run.CallAsync("POST", "/v1/rentals/{propertyId}/reactivationrequest", $"/v1/rentals/{propertyId}/reactivationrequest", 204);
        await run.CallAsync("GET", "/v1/rentals/units", "/v1/rentals/units");
        await run.CallAsync("GET", "/v1/rentals/units/{unitId}", "/v1/rentals/units/20000");
        var unit = await run.MustAsync("POST", "/v1/rentals/units", "/v1/rentals/units", 201, new { UnitNumber = "B", PropertyId = propertyId, Address = address, UnitBedrooms = "Studio" });
        await run.CallAsync("PUT", "/v1/rentals/units/{unitId}", $"/v1/rentals/units/{unit.Id()}", 200, new { UnitNumber = "B1", Address = address, MarketRent = 1200.0 });
        await run.CallAsync("GET", "/v1/rentals/owners", "/v1/rentals/owners");
        await run.CallAsync("GET", "/v1/rentals/owners/{rentalOwnerId}", "/v1/rentals/owners/50000");
        var owner = await run.MustAsync("POST", "/v1/rentals/owners", "/v1/rentals/owners", 201, new
        {
            IsCompany = true,
            CompanyName = "Contract Holdings",
            ManagementAgreementStartDate = "2025-01-01",
            PhoneNumbers = new { Work = "(617) 555-0199" },
            Address = address,
            PropertyIds = new[] { propertyId },
            TaxInformation = new { TaxPayerId = "12-3456789", TaxPayerType = "EIN", TaxPayerName1 = "Contract Holdings", Address = address },
        });
        await run.CallAsync("PUT", "/v1/rentals/owners/{rentalOwnerId}", $"/v1/rentals/owners/{owner.Id()}", 200, new { IsCompany = true, CompanyName = "Contract Holdings LLC", Address = address, PropertyIds = new[] { propertyId } });

        // Leases.
        await run.CallAsync("GET", "/v1/leases", "/v1/leases");
        await run.CallAsync("GET", "/v1/leases/{leaseId}", "/v1/leases/100000");
        var lease = await run.MustAsync("POST", "/v1/leases", "/v1/leases", 201, new
        {
            LeaseType = "Fixed",
            UnitId = unit.Id(),
            LeaseFromDate = "2025-01-01",
            LeaseToDate = "2025-12-31",
            SendWelcomeEmail = false,
            Tenants = new[] { new { FirstName = "Grace", LastName = "Hopper", Email = "grace@example.com", PhoneNumbers = new { Mobile = "(617) 555-0142" }, Address = address } },
            Cosigners = new[] { new { FirstName = "Alan", LastName = "Turing", Address = address } },
            Rent = new { Cycle = "Monthly", Charges = new[] { new { Amount = 1500.0, GlAccountId = 10, NextDueDate = "2025-02-01" } } },
            SecurityDeposit = new { DueDate = "2025-01-01", Amount = 1500.0 },
        });
        await run.CallAsync("PUT", "/v1/leases/{leaseId}", $"/v1/leases/{lease.Id()}", 200, new { LeaseType = "AtWill", UnitId = unit.Id(), LeaseFromDate = "2025-01-01", IsEvictionPending = false });
        await run.CallAsync("GET", "/v1/leases/tenants", "/v1/leases/tenants?limit=1000");
        await run.CallAsync("GET", "/v1/leases/tenants/{tenantId}", $"/v1/leases/tenants/{lease["Tenants"]![0]!.Id()}");
        var newTenant = await run.MustAsync("POST", "/v1/leases/tenants", "/v1/leases/tenants", 201, new
        {
            LeaseId = lease.Id(),
            FirstName = "Ada",
            LastName = "Lovelace",
            Email = "ada@example.com",
            PhoneNumbers = new { Mobile = "(617) 555-0150" },
            DateOfBirth = "1990-12-10",
            TaxId = "123-45-6789",
            EmergencyContact = new { Name = "Byron", Phone = "(617) 555-0151" },
            Address = address,
        });
        await run.CallAsync("PUT", "/v1/leases/tenants/{tenantId}", $"/v1/leases/tenants/{newTenant.Id()}", 200, new { FirstName = "Ada", LastName = "King", Address = address, MailingPreference = "PrimaryAddress" });

        // Rent schedules, ledger, balances.
        await run.CallAsync("GET", "/v1/leases/rent", "/v1/leases/rent");
        await run.CallAsync("GET", "/v1/leases/{leaseId}/rent", $"/v1/leases/{lease.Id()}/rent");
        var rent = await run.MustAsync("POST", "/v1/leases/{leaseId}/rent", $"/v1/leases/{lease.Id()}/rent", 201, new
        {
            StartDate = "2025-07-01",
            RentCycle = "Monthly",
            BackdateCharges = false,
            Charges = new[] { new { GlAccountId = 10, Amount = 1600.0, Memo = "Rent", PostDaysInAdvance = 5, NextDueDate = "2025-07-01" } },
        });
        await run.CallAsync("GET", "/v1/leases/{leaseId}/rent/{rentId}", $"/v1/leases/{lease.Id()}/rent/{rent.Id()}");
        await run.CallAsync("PUT", "/v1/leases/{leaseId}/rent/{rentId}", $"/v1/leases/{lease.Id()}/rent/{rent.Id()}", 200, new
        {
            RentCycle = "Monthly",
            BackdateCharges = false,
            Charges = new[] { new { GlAccountId = 10, Amount = 1650.0, NextDueDate = "2025-07-01" } },
        });
        await run.CallAsync("GET", "/v1/leases/outstandingbalances", "/v1/leases/outstandingbalances");
        await run.CallAsync("GET", "/v1/leases/{leaseId}/transactions", $"/v1/leases/{lease.Id()}/transactions");
        var leasePayment = await run.MustAsync("POST", "/v1/leases/{leaseId}/payments", $"/v1/leases/{lease.Id()}/payments", 201, new
        {
            Date = "2025-02-03",
            PaymentMethod = "Check",
            Memo = "February rent",
            ReferenceNumber = "1042",
            SendEmailReceipt = false,
            Lines = new[] { new { Amount = 1500.0, GLAccountId = 10 } },
        });
        await run.CallAsync("GET", "/v1/leases/{leaseId}/transactions/{transactionId}", $"/v1/leases/{lease.Id()}/transactions/{leasePayment.Id()}");
        var charges = await run.MustAsync("POST", "/v1/leases/{leaseId}/charges", $"/v1/leases/{lease.Id()}/charges", 201, new
        {
            Date = "2025-02-10",
            Memo = "Late fee",
            Lines = new[] { new { Amount = 50.0, GLAccountId = 10, ReferenceNumber = "LF-1" } },
        });
        var chargeId = charges[0]!.Id();
        await run.CallAsync("GET", "/v1/leases/{leaseId}/charges", $"/v1/leases/{lease.Id()}/charges");
        await run.CallAsync("GET", "/v1/leases/{leaseId}/charges/{chargeId}", $"/v1/leases/{lease.Id()}/charges/{chargeId}");
        await run.CallAsync("PUT", "/v1/leases/{leaseId}/charges/{chargeId}", $"/v1/leases/{lease.Id()}/charges/{chargeId}", 200, new { Date = "2025-02-11", Lines = new[] { new { Amount = 40.0, GLAccountId = 10 } } });

        // A seeded lease with an end date, renewed for a year from the day after it ends.
        var renewable = (await client.GetArrayAsync("/v1/leases?leasestatuses=Active&leasetypes=Fixed&limit=1"))[0]!;
        var renewableEnd = DateOnly.Parse(renewable["LeaseToDate"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var renewal = await run.MustAsync("POST", "/v1/leases/{leaseId}/renewals", $"/v1/leases/{renewable.Id()}/renewals", 201, new
        {
            LeaseType = "Fixed",
            LeaseToDate = renewableEnd.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SendWelcomeEmail = false,
            TenantIds = new[] { renewable["CurrentTenants"]![0]!.Id() },
            Rent = new { Cycle = "Monthly", Charges = new[] { new { Amount = 1600.0, GlAccountId = 10, NextDueDate = renewableEnd.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } } },
        });
        await run.CallAsync("GET", "/v1/leases/{leaseId}/renewals", $"/v1/leases/{renewable.Id()}/renewals");
        await run.CallAsync("GET", "/v1/leases/{leaseId}/renewals/{renewalId}", $"/v1/leases/{renewable.Id()}/renewals/{renewal.Id()}");

        // Banking and general ledger.
        await run.CallAsync("GET", "/v1/bankaccounts", "/v1/bankaccounts");
        await run.CallAsync("GET", "/v1/bankaccounts/{bankAccountId}", "/v1/bankaccounts/900");
        var bank = await run.MustAsync("POST", "/v1/bankaccounts", "/v1/bankaccounts", 201, new { Name = "Contract Checking", BankAccountType = "Checking", Country = "UnitedStates", AccountNumber = "000123456", RoutingNumber = "011000015" });
        await run.CallAsync("PUT", "/v1/bankaccounts/{bankAccountId}", $"/v1/bankaccounts/{bank.Id()}", 200, new
        {
            CheckPrintingInfo = new { EnableRemoteCheckPrinting = false, EnableLocalCheckPrinting = true, CheckLayoutType = "Voucher2StubTopMemo" },
            Name = "Contract Checking",
            BankAccountType = "Checking",
            Country = "UnitedStates",
        });
        await run.CallAsync("GET", "/v1/glaccounts", "/v1/glaccounts");
        await run.CallAsync("GET", "/v1/glaccounts/{glAccountId}", "/v1/glaccounts/14");
        var gl = await run.MustAsync("POST", "/v1/glaccounts", "/v1/glaccounts", 201, new { SubType = "OperatingExpenses", Name = "Contract Expense", AccountNumber = "5999", CashFlowClassification = "OperatingActivities" });
        await run.CallAsync("PUT", "/v1/glaccounts/{glAccountId}", $"/v1/glaccounts/{gl.Id()}", 200, new { Name = "Contract Expense 2", SubType = "OperatingExpenses" });

        // Vendors.
        await run.CallAsync("GET", "/v1/vendors/categories", "/v1/vendors/categories");
        await run.CallAsync("GET", "/v1/vendors/categories/{vendorCategoryId}", "/v1/vendors/categories/301");
        var category = await run.MustAsync("POST", "/v1/vendors/categories", "/v1/vendors/categories", 201, new { Name = "Contract Trades" });
        await run.CallAsync("PUT", "/v1/vendors/categories/{vendorCategoryId}", $"/v1/vendors/categories/{category.Id()}", 200, new { Name = "Contract Trades 2" });
        await run.CallAsync("GET", "/v1/vendors", "/v1/vendors");
        await run.CallAsync("GET", "/v1/vendors/{vendorId}", "/v1/vendors/3000");
        var vendor = await run.MustAsync("POST", "/v1/vendors", "/v1/vendors", 201, new
        {
            IsCompany = true,
            CompanyName = "Contract Plumbing",
            PrimaryEmail = "office@contract.example.com",
            PhoneNumbers = new { Work = "(617) 555-0100" },
            Address = address,
            CategoryId = category.Id(),
            ExpenseGlAccountId = gl.Id(),
            Website = "https://contract.example.com",
            VendorInsurance = new { Provider = "Travelers", PolicyNumber = "P-1", ExpirationDate = "2026-12-31" },
            TaxInformation = new { TaxPayerId = "12-3456789", TaxPayerType = "EIN", Address = address },
        });
        await run.CallAsync("PUT", "/v1/vendors/{vendorId}", $"/v1/vendors/{vendor.Id()}", 200, new { IsCompany = true, CompanyName = "Contract Plumbing Inc", CategoryId = category.Id(), TaxInformation = new { IncludeIn1099 = true } });

        // Bills and payments.
        await run.CallAsync("GET", "/v1/bills", "/v1/bills");
        await run.CallAsync("GET", "/v1/bills/{billId}", "/v1/bills/200000");
        var bill = await run.MustAsync("POST", "/v1/bills", "/v1/bills", 201, new
        {
            Date = "2025-03-01",
            DueDate = "2025-03-31",
            Memo = "Contract bill",
            VendorId = vendor.Id(),
            WorkOrderId = 800000,
            ReferenceNumber = "C-1",
            Lines = new[] { new { AccountingEntity = new { Id = propertyId, AccountingEntityType = "Rental", UnitId = unit.Id() }, GlAccountId = gl.Id(), Amount = 200.0, Markup = new { Amount = 10.0, Type = "Percent" }, Memo = "Line" } },
        });
        var lineId = bill["Lines"]![0]!.Id();
        await run.CallAsync("PUT", "/v1/bills/{billId}", $"/v1/bills/{bill.Id()}", 200, new
        {
            Date = "2025-03-01",
            DueDate = "2025-03-31",
            VendorId = vendor.Id(),
            Lines = new[] { new { Id = lineId, AccountingEntity = new { Id = propertyId, AccountingEntityType = "Rental" }, GlAccountId = gl.Id(), Amount = 250.0 } },
        });
        await run.CallAsync("PATCH", "/v1/bills/{billId}", $"/v1/bills/{bill.Id()}", 200, new { Memo = "Patched", Lines = new[] { new { Id = lineId, Amount = 300.0 } } });
        await run.CallAsync("GET", "/v1/bills/{billId}/payments", "/v1/bills/200001/payments");
        var payment = await run.MustAsync("POST", "/v1/bills/{billId}/payments", $"/v1/bills/{bill.Id()}/payments", 201, new
        {
            BankAccountId = 900,
            EntryDate = "2025-04-01",
            CheckNumber = "1001",
            Lines = new[] { new { BillLineId = lineId, Amount = 300.0 } },
        });
        await run.CallAsync("GET", "/v1/bills/{billId}/payments/{paymentId}", $"/v1/bills/{bill.Id()}/payments/{payment.Id()}");

        // Tasks of every type, categories, history and files.
        await run.CallAsync("GET", "/v1/tasks", "/v1/tasks");
        await run.CallAsync("GET", "/v1/tasks/{taskId}", "/v1/tasks/400000");
        await run.CallAsync("GET", "/v1/tasks/categories", "/v1/tasks/categories");
        await run.CallAsync("GET", "/v1/tasks/categories/{taskCategoryId}", "/v1/tasks/categories/101");
        var taskCategory = await run.MustAsync("POST", "/v1/tasks/categories", "/v1/tasks/categories", 201, new { Name = "Contract Category" });
        await run.CallAsync("PUT", "/v1/tasks/categories/{taskCategoryId}", $"/v1/tasks/categories/{taskCategory.Id()}", 200, new { Name = "Contract Category 2" });
        var tenantId = lease["CurrentTenants"]![0]!.Id();
        var resident = await run.CallTaskTypeAsync("residentrequests", "residentRequestTaskId", "400000", new
        {
            Title = "Leak",
            Description = "Under the sink",
            CategoryId = 101,
            SubCategoryId = 150,
            UnitAgreementId = lease.Id(),
            RequestedByEntityId = tenantId,
            AssignedToUserId = 2,
            TaskStatus = "New",
            Priority = "High",
            DueDate = "2025-05-01",
            IsEntryPermittedByResident = true,
            DoesResidentHavePets = false,
            ResidentEntryNotes = "Dog friendly",
            ShareWithRentalOwners = false,
        }, new { Title = "Leak", Message = "Scheduled", TaskStatus = "InProgress", Priority = "High", AssignedToUserId = 3 });
        await run.CallTaskTypeAsync("todorequests", "toDoTaskId", "400001", new { Title = "Inspect", Description = "Yearly", AssignedToUserId = 2, TaskStatus = "New", Priority = "Low", PropertyId = propertyId, UnitId = unit.Id(), DueDate = "2025-06-01" }, new { Title = "Inspect", Message = "Done", AssignedToUserId = 2, TaskStatus = "Completed", Priority = "Low" });
        await run.CallTaskTypeAsync("contactrequests", "contactRequestTaskId", "400002", new { Title = "Question", AssignedToUserId = 2, TaskStatus = "New", Priority = "Normal", ContactDetail = new { FirstName = "Pat", LastName = "Lee", Email = "pat@example.com", PhoneNumbers = new { Mobile = "(617) 555-0123" } } }, new { Title = "Question", AssignedToUserId = 2, TaskStatus = "Closed", Priority = "Normal", ContactDetail = new { FirstName = "Pat" } });
        await run.CallTaskTypeAsync("rentalownerrequests", "rentalOwnerRequestTaskId", "400003", new { Title = "Statement", TaskStatus = "New", Priority = "Normal", PropertyId = propertyId, RequestedByRentalOwnerId = owner.Id() }, new { Title = "Statement", Message = "Sent", TaskStatus = "Completed", Priority = "Normal" });

        var taskId = resident.Id();
        await run.CallAsync("GET", "/v1/tasks/{taskId}/history", $"/v1/tasks/{taskId}/history");
        var historyId = (await client.GetArrayAsync($"/v1/tasks/{taskId}/history"))[0]!.Id();
        await run.CallAsync("GET", History, $"/v1/tasks/{taskId}/history/{historyId}");
        await run.CallAsync("PUT", History, $"/v1/tasks/{taskId}/history/{historyId}", 200, new { Message = "Edited" });
        var upload = await run.MustAsync("POST", $"{History}/files/uploads", $"/v1/tasks/{taskId}/history/{historyId}/files/uploads", 201, new { FileName = "photo.png" });
        using (var put = new HttpRequestMessage(HttpMethod.Put, upload["UploadUrl"]!.GetValue<string>()) { Content = new ByteArrayContent([1, 2, 3]) })
        {
            foreach (var (name, value) in upload["Headers"]!.AsObject())
            {
                put.Headers.Add(name, value!.GetValue<string>());
            }

            using var storage = new HttpClient();
            (await storage.SendAsync(put)).EnsureSuccessStatusCode();
        }

        await run.CallAsync("GET", $"{History}/files", $"/v1/tasks/{taskId}/history/{historyId}/files");
        var fileId = (await client.GetArrayAsync($"/v1/tasks/{taskId}/history/{historyId}/files"))[0]!.Id();
        await run.CallAsync("GET", $"{History}/files/{{fileId}}", $"/v1/tasks/{taskId}/history/{historyId}/files/{fileId}");
        await run.CallAsync("POST", $"{History}/files/{{fileId}}/downloadrequest", $"/v1/tasks/{taskId}/history/{historyId}/files/{fileId}/downloadrequest", 201);
        await run.CallAsync("GET", "/v1/files", $"/v1/files?physicalfilenames={Uri.EscapeDataString(upload["PhysicalFileName"]!.GetValue<string>())}");
        await run.CallAsync("DELETE", $"{History}/files/{{fileId}}", $"/v1/tasks/{taskId}/history/{historyId}/files/{fileId}", 204);

        // Work orders.
        await run.CallAsync("GET", "/v1/workorders", "/v1/workorders");
        await run.CallAsync("GET", "/v1/workorders/{workOrderId}", "/v1/workorders/800000");
        var workOrder = await run.MustAsync("POST", "/v1/workorders", "/v1/workorders", 201, new
        {
            Title = "Contract work",
            WorkDetails = "Fix it",
            InvoiceNumber = "INV-9",
            EntryAllowed = "Yes",
            VendorId = vendor.Id(),
            EntryContactIds = new[] { 2 },
            LineItems = new[] { new { GlAccountId = gl.Id(), Quantity = 2.0, Memo = "Labor", UnitPrice = 75.0 } },
            Task = new { Title = "Contract task", DueDate = "2025-05-05", Priority = "Normal", Status = "New", PropertyId = propertyId, AssignedToUserId = 2 },
        });
        await run.CallAsync("PUT", "/v1/workorders/{workOrderId}", $"/v1/workorders/{workOrder.Id()}", 200, new { Title = "Contract work 2", EntryAllowed = "No", VendorId = vendor.Id(), LineItems = Array.Empty<object>() });

        // Users (read-only).
        await run.CallAsync("GET", "/v1/users", "/v1/users");
        await run.CallAsync("GET", "/v1/users", "/v1/users?usertypes=Staff&status=Active&roleids=2");
        await run.CallAsync("GET", "/v1/users/{userId}", "/v1/users/2");
        await run.CallAsync("GET", "/v1/users/{userId}", "/v1/users/999", 404);

        // Documented error responses carry ApiErrorResponse.
        await run.CallAsync("GET", "/v1/bills/{billId}", "/v1/bills/1", 404);
        await run.CallAsync("POST", "/v1/bills", "/v1/bills", 422, new { Date = "2025-03-02", DueDate = "2025-03-01", VendorId = vendor.Id(), Lines = new[] { new { AccountingEntity = new { Id = propertyId, AccountingEntityType = "Rental" }, GlAccountId = gl.Id(), Amount = 1.0 } } });
        await run.CallAsync("GET", "/v1/rentals", "/v1/rentals?lastupdatedfrom=soon", 400);

        run.Violations.ShouldBeEmpty();
        run.Calls.ShouldBeGreaterThanOrEqualTo(80);
    }

    [SkippableFact]
    public void The_validator_reports_wrong_types_enums_formats_nulls_and_unknown_properties()
    {
        var spec = LoadSpecOrSkip();
        var schema = spec.ResponseSchema("/v1/rentals/{propertyId}", "GET", 200)!.Value;
        var bad = JsonNode.Parse("""{"Id":"1","IsActive":null,"RentalSubType":"Castle","Address":{"Country":"UnitedStates"},"Surprise":1}""");
        var good = JsonNode.Parse("""{"Id":1,"IsActive":true,"RentalSubType":"MultiFamily","Address":null,"Name":null}""");
        var dates = JsonNode.Parse("""{"Id":1,"Date":"01/02/2025","DueDate":"2025-01-02","Lines":[]}""");

        var errors = spec.Validate(bad, schema);

        errors.ShouldContain(e => e.StartsWith("$.Id:", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("$.IsActive:", StringComparison.Ordinal));
        errors.ShouldContain(e => e.StartsWith("$.RentalSubType:", StringComparison.Ordinal));
        errors.ShouldContain(e => e.Contains("Surprise", StringComparison.Ordinal));
        spec.Validate(good, schema).ShouldBeEmpty();
        spec.Validate(dates, spec.ResponseSchema("/v1/bills/{billId}", "GET", 200)!.Value).ShouldBe(["$.Date: '01/02/2025' is not a yyyy-MM-dd date"]);
        spec.Validate(JsonNode.Parse("{}"), spec.RequestSchema("/v1/vendors/categories", "POST")).ShouldBe(["$: required property Name is missing"]);
    }

    private static OpenApiSchemaValidator LoadSpecOrSkip()
    {
        var path = OpenApiSchemaValidator.FindSpec();
        Skip.If(path is null, "shared/buildium/openapi.json was not found above the test binaries; the contract cannot be checked.");
        return OpenApiSchemaValidator.Load(path!);
    }

    /// <summary>Calls one operation, checks status, request body and response body against the spec, and records violations.</summary>
    private sealed class ContractRun(OpenApiSchemaValidator spec, HttpClient client)
    {
        public List<string> Violations { get; } = [];

        public int Calls { get; private set; }

        public async Task<JsonNode?> CallAsync(string method, string template, string path, int expectedStatus = 200, object? body = null)
        {
            Calls++;
            var operation = $"{method} {template}";
            if (!spec.HasOperation(template, method))
            {
                Violations.Add($"{operation}: not an operation of Buildium's API");
                return null;
            }

            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (body is not null)
            {
                var requestNode = JsonSerializer.SerializeToNode(body);
                Violations.AddRange(spec.Validate(requestNode, spec.RequestSchema(template, method)).Select(e => $"{operation} request {e}"));
                request.Content = TestEmulator.Json(body);
            }

            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status != expectedStatus)
            {
                Violations.Add($"{operation} ({path}): expected {expectedStatus}, got {status}: {text}");
                return null;
            }

            if (!spec.DocumentedStatuses(template, method).Contains(status))
            {
                Violations.Add($"{operation}: status {status} is not documented");
            }

            var node = text.Length == 0 ? null : JsonNode.Parse(text);
            if (spec.ResponseSchema(template, method, status) is { } schema)
            {
                Violations.AddRange(spec.Validate(node, schema).Select(e => $"{operation} ({path}) response {e}"));
            }

            return node;
        }

        /// <summary>A call whose body the following calls need; a failure ends the test with the violations so far.</summary>
        public async Task<JsonNode> MustAsync(string method, string template, string path, int expectedStatus = 200, object? body = null) =>
            await CallAsync(method, template, path, expectedStatus, body) ?? throw new InvalidOperationException($"{method} {path} failed: {string.Join("; ", Violations)}");

        /// <summary>List, get, create and update of one per-type task endpoint.</summary>
        public async Task<JsonNode> CallTaskTypeAsync(string type, string idName, string seededId, object create, object update)
        {
            var collection = $"/v1/tasks/{type}";
            var item = $"{collection}/{{{idName}}}";
            await CallAsync("GET", collection, collection);
            await CallAsync("GET", item, $"{collection}/{seededId}");
            var created = await MustAsync("POST", collection, collection, 201, create);
            await CallAsync("PUT", item, $"{collection}/{created.Id()}", 200, update);
            return created;
        }
    }
}
