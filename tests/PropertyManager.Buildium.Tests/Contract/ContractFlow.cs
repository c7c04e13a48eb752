using System.Text;
using PropertyManager.Buildium.Banking;
using PropertyManager.Buildium.Bills;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Buildium.LeaseLedger;
using PropertyManager.Buildium.Leases;
using PropertyManager.Buildium.Owners;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Buildium.Tests.Infrastructure;
using PropertyManager.Buildium.Units;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Buildium.WorkOrders;

namespace PropertyManager.Buildium.Tests.Contract;

/// <summary>Drives every endpoint the client uses once against the emulator, so the API log holds a sample of each.</summary>
public sealed class ContractFlow
{
    /// <summary>Every operation of the OpenAPI document the client calls.</summary>
    public static readonly IReadOnlyList<string> Operations =
    [
        "GET /v1/rentals", "POST /v1/rentals", "GET /v1/rentals/{propertyId}", "PUT /v1/rentals/{propertyId}",
        "POST /v1/rentals/{propertyId}/inactivationrequest", "POST /v1/rentals/{propertyId}/reactivationrequest",
        "GET /v1/rentals/units", "POST /v1/rentals/units", "GET /v1/rentals/units/{unitId}", "PUT /v1/rentals/units/{unitId}",
        "GET /v1/rentals/owners", "POST /v1/rentals/owners", "GET /v1/rentals/owners/{rentalOwnerId}", "PUT /v1/rentals/owners/{rentalOwnerId}",
        "GET /v1/leases", "POST /v1/leases", "GET /v1/leases/{leaseId}", "PUT /v1/leases/{leaseId}",
        "GET /v1/leases/tenants", "POST /v1/leases/tenants", "GET /v1/leases/tenants/{tenantId}", "PUT /v1/leases/tenants/{tenantId}",
        "GET /v1/leases/rent", "GET /v1/leases/{leaseId}/rent", "POST /v1/leases/{leaseId}/rent", "GET /v1/leases/{leaseId}/rent/{rentId}", "PUT /v1/leases/{leaseId}/rent/{rentId}",
        "GET /v1/leases/{leaseId}/transactions", "GET /v1/leases/{leaseId}/transactions/{transactionId}", "POST /v1/leases/{leaseId}/payments",
        "GET /v1/leases/{leaseId}/charges", "POST /v1/leases/{leaseId}/charges", "GET /v1/leases/{leaseId}/charges/{chargeId}", "PUT /v1/leases/{leaseId}/charges/{chargeId}",
        "GET /v1/leases/outstandingbalances",
        "GET /v1/bankaccounts", "POST /v1/bankaccounts", "GET /v1/bankaccounts/{bankAccountId}", "PUT /v1/bankaccounts/{bankAccountId}",
        "GET /v1/glaccounts", "POST /v1/glaccounts", "GET /v1/glaccounts/{glAccountId}", "PUT /v1/glaccounts/{glAccountId}",
        "GET /v1/vendors", "POST /v1/vendors", "GET /v1/vendors/{vendorId}", "PUT /v1/vendors/{vendorId}",
        "GET /v1/vendors/categories", "POST /v1/vendors/categories", "GET /v1/vendors/categories/{vendorCategoryId}", "PUT /v1/vendors/categories/{vendorCategoryId}",
        "GET /v1/bills", "POST /v1/bills", "GET /v1/bills/{billId}", "PUT /v1/bills/{billId}", "PATCH /v1/bills/{billId}",
        "GET /v1/bills/{billId}/payments", "POST /v1/bills/{billId}/payments", "GET /v1/bills/{billId}/payments/{paymentId}",
        "GET /v1/tasks", "GET /v1/tasks/{taskId}",
        "GET /v1/tasks/residentrequests", "POST /v1/tasks/residentrequests", "GET /v1/tasks/residentrequests/{residentRequestTaskId}", "PUT /v1/tasks/residentrequests/{residentRequestTaskId}",
        "GET /v1/tasks/todorequests", "POST /v1/tasks/todorequests", "GET /v1/tasks/todorequests/{toDoTaskId}", "PUT /v1/tasks/todorequests/{toDoTaskId}",
        "GET /v1/tasks/contactrequests", "POST /v1/tasks/contactrequests", "GET /v1/tasks/contactrequests/{contactRequestTaskId}", "PUT /v1/tasks/contactrequests/{contactRequestTaskId}",
        "GET /v1/tasks/rentalownerrequests", "POST /v1/tasks/rentalownerrequests", "GET /v1/tasks/rentalownerrequests/{rentalOwnerRequestTaskId}", "PUT /v1/tasks/rentalownerrequests/{rentalOwnerRequestTaskId}",
        "GET /v1/tasks/categories", "POST /v1/tasks/categories", "GET /v1/tasks/categories/{taskCategoryId}", "PUT /v1/tasks/categories/{taskCategoryId}",
        "GET /v1/tasks/{taskId}/history", "GET /v1/tasks/{taskId}/history/{taskHistoryId}", "PUT /v1/tasks/{taskId}/history/{taskHistoryId}",
        "GET /v1/tasks/{taskId}/history/{taskHistoryId}/files", "GET /v1/tasks/{taskId}/history/{taskHistoryId}/files/{fileId}",
        "POST /v1/tasks/{taskId}/history/{taskHistoryId}/files/{fileId}/downloadrequest", "POST /v1/tasks/{taskId}/history/{taskHistoryId}/files/uploads",
        "GET /v1/files",
        "GET /v1/workorders", "POST /v1/workorders", "GET /v1/workorders/{workOrderId}", "PUT /v1/workorders/{workOrderId}",
    ];

    private static readonly SaveAddressMessage s_address = new()
    {
        AddressLine1 = "12 Contract Street",
        City = "Boston",
        State = "MA",
        PostalCode = "02110",
        Country = "UnitedStates",
    };

    private readonly BuildiumTestHost _t;

    public ContractFlow(BuildiumTestHost t)
    {
        _t = t;
    }

    public async Task RunAsync()
    {
        var c = _t.Client;

        // Reference data.
        var vendorCategory = await c.VendorCategories.CreateAsync(new VendorCategorySaveMessage { Name = "Contract category" });
        await c.VendorCategories.UpdateAsync(vendorCategory.Id, x => x.Name = "Contract category 2");
        await c.VendorCategories.ListAsync().ToListAsync();
        var taskCategory = await c.TaskCategories.CreateAsync(new TaskCategorySaveMessage { Name = "Contract task category" });
        await c.TaskCategories.UpdateAsync(taskCategory.Id, x => x.Name = "Contract task category 2");
        await c.TaskCategories.ListAsync().ToListAsync();
        var expense = await c.GlAccounts.CreateAsync(new GLAccountPostMessage { Name = "Contract repairs", AccountNumber = "6950", SubType = GLAccountSubType.OperatingExpenses });
        await c.GlAccounts.UpdateAsync(expense.Id, x => x.Description = "Repairs booked by the contract test");
        await c.GlAccounts.ListAsync(new GLAccountListFilter { AccountTypes = [GLAccountType.Expense] }).ToListAsync();

        // Banking and portfolio.
        var bank = await c.BankAccounts.CreateAsync(new BankAccountPostMessage
        {
            Name = "Contract operating",
            BankAccountType = BankAccountType.Checking,
            Country = "UnitedStates",
            AccountNumber = "000111222333",
            RoutingNumber = "011000015",
        });
        await c.BankAccounts.UpdateAsync(bank.Id, x => x.Description = "Updated");
        await c.BankAccounts.ListAsync().ToListAsync();
        var rental = await c.Rentals.CreateAsync(new RentalPropertyPostMessage
        {
            Name = "Contract House",
            Address = s_address,
            RentalSubType = RentalSubType.SingleFamily,
            OperatingBankAccountId = bank.Id,
        });
        await c.Rentals.UpdateAsync(rental.Id, x => x.StructureDescription = "Brick");
        await c.Rentals.InactivateAsync(rental.Id);
        await c.Rentals.ReactivateAsync(rental.Id);
        await c.Rentals.ListAsync().ToListAsync();
        var unit = await c.RentalUnits.CreateAsync(new RentalUnitsPostMessage { PropertyId = rental.Id, UnitNumber = "C-2", Address = s_address, UnitBedrooms = UnitBedrooms.TwoBed });
        await c.RentalUnits.UpdateAsync(unit.Id, x => x.MarketRent = 2100m);
        await c.RentalUnits.ListAsync().ToListAsync();
        var owner = await c.RentalOwners.CreateAsync(new RentalOwnerPostMessage
        {
            IsCompany = false,
            FirstName = "Contract",
            LastName = "Owner",
            Address = s_address,
            PropertyIds = [rental.Id],
            PhoneNumbers = new PhoneNumbersMessage { Mobile = "(617) 555-0199" },
            TaxInformation = new TaxInformationPostMessage { TaxPayerId = "987-65-4321", TaxPayerType = TaxPayerIdType.SSN },
        });
        await c.RentalOwners.UpdateAsync(owner.Id, x => x.Comment = "Prefers email");
        await c.RentalOwners.ListAsync().ToListAsync();
        var lease = await c.Leases.CreateAsync(new LeasePostMessage
        {
            LeaseType = LeaseType.Fixed,
            UnitId = unit.Id,
            LeaseFromDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10),
            LeaseToDate = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1),
            SendWelcomeEmail = false,
            Tenants = [new RentalTenantPutMessage { FirstName = "Casey", LastName = "Tenant", Address = s_address }],
        });
        await c.Leases.UpdateAsync(lease.Id, x => x.IsEvictionPending = false);
        await c.Leases.ListAsync().ToListAsync();

        // Tenants, rent, ledger and balances.
        var rentAccount = await c.GlAccounts.ListAsync().FirstAsync(g => g.Name == "Rent Income");
        var tenant = await c.LeaseTenants.CreateAsync(new RentalTenantPostMessage
        {
            LeaseId = lease.Id,
            FirstName = "Robin",
            LastName = "Roommate",
            Email = "robin@example.com",
            PhoneNumbers = new PhoneNumbersMessage { Mobile = "(617) 555-0177" },
            TaxId = "123-45-6789",
            Address = s_address,
        });
        await c.LeaseTenants.UpdateAsync(tenant.Id, x => x.Comment = "Second tenant");
        await c.LeaseTenants.ListAsync(new TenantListFilter { Name = "Roommate" }).ToListAsync();
        var rent = await c.LeaseRent.CreateAsync(lease.Id, new RentSchedulePostMessage
        {
            StartDate = lease.LeaseFromDate,
            RentCycle = RentScheduleCycle.Monthly,
            BackdateCharges = false,
            Charges = [new RentScheduleChargePostMessage { GlAccountId = rentAccount.Id, Amount = 1800m, Memo = "Rent", NextDueDate = lease.LeaseFromDate!.Value }],
        });
        await c.LeaseRent.UpdateAsync(lease.Id, rent.Id, x => x.Charges[0].Amount = 1850m);
        await c.LeaseRent.ListAsync(lease.Id).ToListAsync();
        await c.LeaseRent.ListAllAsync(new RentListFilter { LeaseIds = [lease.Id] }).ToListAsync();
        var renewal = await c.Leases.RenewAsync(lease.Id, new LeaseRenewalPostMessage
        {
            LeaseType = LeaseType.Fixed,
            LeaseToDate = lease.LeaseToDate!.Value.AddYears(1),
            SendWelcomeEmail = false,
            TenantIds = [tenant.Id],
            Rent = new LeaseRentPostMessage
            {
                Cycle = RentCycle.Monthly,
                Charges = [new LeaseRentChargePostMessage { GlAccountId = rentAccount.Id, Amount = 1900m, NextDueDate = lease.LeaseToDate.Value.AddDays(1) }],
            },
        });
        await c.Leases.ListRenewalsAsync(lease.Id).ToListAsync();
        await c.Leases.GetRenewalAsync(lease.Id, renewal.Id);
        var charge = (await c.LeaseTransactions.CreateChargeAsync(lease.Id, new LeaseChargePostMessage
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-5),
            Memo = "Rent",
            Lines = [new LeaseChargeLineSaveMessage { Amount = 1850m, GLAccountId = rentAccount.Id }],
        }))[0];
        await c.LeaseTransactions.UpdateChargeAsync(lease.Id, charge.Id, x => x.Memo = "Rent (prorated)");
        await c.LeaseTransactions.ListChargesAsync(lease.Id).ToListAsync();
        var leasePayment = await c.LeaseTransactions.CreatePaymentAsync(lease.Id, new LeaseLedgerPaymentPostMessage
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            PaymentMethod = PaymentMethod.Check,
            PayeeUserId = tenant.Id,
            ReferenceNumber = "1001",
            SendEmailReceipt = false,
            Lines = [new LeaseLedgerPaymentLineSaveMessage { Amount = 1000m, GLAccountId = rentAccount.Id }],
        });
        await c.LeaseTransactions.GetAsync(lease.Id, leasePayment.Id);
        await c.LeaseTransactions.ListAsync(lease.Id).ToListAsync();
        await c.OutstandingBalances.ListAsync(new OutstandingBalanceListFilter { LeaseIds = [lease.Id] }).ToListAsync();

        // Vendors and bills.
        var vendor = await c.Vendors.CreateAsync(new VendorPostMessage { IsCompany = true, CompanyName = "Contract Plumbing", CategoryId = vendorCategory.Id, ExpenseGlAccountId = expense.Id });
        await c.Vendors.UpdateAsync(vendor.Id, x => x.Website = "https://plumbing.example.com");
        await c.Vendors.ListAsync().ToListAsync();
        var bill = await c.Bills.CreateAsync(new BillPostMessage
        {
            Date = DateOnly.FromDateTime(DateTime.UtcNow),
            DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30),
            VendorId = vendor.Id,
            ReferenceNumber = "CONTRACT-1",
            Lines = [new BillLinePostMessage { AccountingEntity = new AccountingEntitySaveMessage { Id = rental.Id, AccountingEntityType = AccountingEntityType.Rental }, GlAccountId = expense.Id, Amount = 250m }],
        });
        await c.Bills.UpdateAsync(bill.Id, x => x.Memo = "Updated memo");
        await c.Bills.PatchAsync(bill.Id, new BillPatchMessage { Memo = "Patched memo" });
        await c.Bills.ListAsync().ToListAsync();
        var payment = await c.Bills.CreatePaymentAsync(bill.Id, new BillPaymentPostMessage
        {
            BankAccountId = bank.Id,
            EntryDate = DateOnly.FromDateTime(DateTime.UtcNow),
            Lines = [new BillPaymentLinePostMessage { BillLineId = bill.Lines![0].Id, Amount = 250m }],
        });
        await c.Bills.GetPaymentAsync(bill.Id, payment.Id);
        await c.Bills.ListPaymentsAsync(bill.Id).ToListAsync();

        // Tasks of every type, history and files.
        var todo = await c.Tasks.CreateToDoAsync(new ToDoTaskPostMessage { Title = "Contract to-do", AssignedToUserId = 2, TaskStatus = BuildiumTaskStatus.New, Priority = TaskPriority.Normal, PropertyId = rental.Id });
        await c.Tasks.UpdateToDoAsync(todo.Id, x => (x.Message, x.TaskStatus) = ("Started", BuildiumTaskStatus.InProgress));
        await c.Tasks.ListToDosAsync().ToListAsync();
        var tenantId = lease.CurrentTenants![0].Id;
        var resident = await c.Tasks.CreateResidentRequestAsync(new ResidentRequestTaskPostMessage
        {
            Title = "Leaky tap",
            UnitAgreementId = lease.Id,
            RequestedByEntityId = tenantId,
            TaskStatus = BuildiumTaskStatus.New,
            Priority = TaskPriority.High,
        });
        await c.Tasks.UpdateResidentRequestAsync(resident.Id, x => x.Priority = TaskPriority.Low);
        await c.Tasks.ListResidentRequestsAsync().ToListAsync();
        var contact = await c.Tasks.CreateContactRequestAsync(new ContactRequestTaskPostMessage
        {
            Title = "Call back",
            AssignedToUserId = 3,
            TaskStatus = BuildiumTaskStatus.New,
            Priority = TaskPriority.Normal,
            ContactDetail = new ContactDetailSaveMessage { FirstName = "Pat", Email = "pat@example.com" },
        });
        await c.Tasks.UpdateContactRequestAsync(contact.Id, x => x.DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3));
        await c.Tasks.ListContactRequestsAsync().ToListAsync();
        var ownerRequest = await c.Tasks.CreateRentalOwnerRequestAsync(new RentalOwnerRequestTaskPostMessage
        {
            Title = "Owner asks",
            RequestedByRentalOwnerId = owner.Id,
            TaskStatus = BuildiumTaskStatus.New,
            Priority = TaskPriority.Normal,
        });
        await c.Tasks.UpdateRentalOwnerRequestAsync(ownerRequest.Id, x => x.Title = "Owner asks again");
        await c.Tasks.ListRentalOwnerRequestsAsync().ToListAsync();
        await c.Tasks.ListAsync(new TaskListFilter { Type = TaskType.Todo }).ToListAsync();
        await c.Tasks.GetAsync(todo.Id);

        var history = await c.TaskHistory.ListAsync(todo.Id).ToListAsync();
        await c.TaskHistory.UpdateAsync(todo.Id, history[0].Id, x => x.Message = "Edited note");
        var upload = await c.TaskHistoryFiles.UploadAsync(todo.Id, history[0].Id, "photo.txt", new MemoryStream(Encoding.UTF8.GetBytes("contract file")));
        var files = await c.TaskHistoryFiles.ListAsync(todo.Id, history[0].Id).ToListAsync();
        await c.TaskHistoryFiles.GetAsync(todo.Id, history[0].Id, files[0].Id);
        await c.TaskHistoryFiles.RequestDownloadAsync(todo.Id, history[0].Id, files[0].Id);
        upload.File.ShouldNotBeNull();

        var workOrder = await c.WorkOrders.CreateAsync(new WorkOrderPostMessage
        {
            TaskId = todo.Id,
            VendorId = vendor.Id,
            EntryAllowed = EntryAllowed.Yes,
            Title = "Fix it",
            LineItems = [new WorkOrderLineItemSaveMessage { GlAccountId = expense.Id, Quantity = 2, UnitPrice = 40m, Memo = "Parts" }],
        });
        await c.WorkOrders.UpdateAsync(workOrder.Id, x => x.VendorNotes = "Bring a ladder");
        await c.WorkOrders.ListAsync(new WorkOrderListFilter { VendorIds = [vendor.Id] }).ToListAsync();
    }
}
