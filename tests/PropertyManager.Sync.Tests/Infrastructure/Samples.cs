using PropertyManager.Buildium.Banking;
using PropertyManager.Buildium.Bills;
using PropertyManager.Buildium.Common;
using PropertyManager.Buildium.Files;
using PropertyManager.Buildium.GlAccounts;
using PropertyManager.Buildium.Leases;
using PropertyManager.Buildium.Owners;
using PropertyManager.Buildium.Rentals;
using PropertyManager.Buildium.Tasks;
using PropertyManager.Buildium.Units;
using PropertyManager.Buildium.Vendors;
using PropertyManager.Buildium.WorkOrders;

namespace PropertyManager.Sync.Tests.Infrastructure;

/// <summary>Fully populated Buildium read messages with realistic values; each call returns a fresh instance.</summary>
public static class Samples
{
    public static AddressMessage Address() => new()
    {
        AddressLine1 = "1420 Commonwealth Ave",
        AddressLine2 = "Building C",
        AddressLine3 = "Attn: Leasing Office",
        City = "Boston",
        State = "MA",
        PostalCode = "02135",
        Country = "UnitedStates",
    };

    public static RentalMessage Rental() => new()
    {
        Id = 50112,
        Name = "Brighton Court Apartments",
        StructureDescription = "Three-storey brick walk-up, built around a courtyard",
        NumberUnits = 12,
        IsActive = true,
        OperatingBankAccountId = 10021,
        Reserve = 2500.00m,
        Address = Address(),
        YearBuilt = 1928,
        RentalType = RentalType.Residential,
        RentalSubType = RentalSubType.MultiFamily,
        RentalManager = new PropertyManagerMessage { Id = 7, FirstName = "Dana", LastName = "Whitaker" },
    };

    public static RentalUnitMessage Unit() => new()
    {
        Id = 90877,
        PropertyId = 50112,
        BuildingName = "C",
        UnitNumber = "3B",
        Description = "Corner unit with bay windows",
        MarketRent = 2875.50m,
        Address = Address(),
        UnitBedrooms = UnitBedrooms.TwoBed,
        UnitBathrooms = UnitBathrooms.OnePointFiveBath,
        UnitSize = 940,
        IsUnitListed = false,
        IsUnitOccupied = true,
    };

    public static RentalOwnerMessage Owner() => new()
    {
        Id = 3301,
        IsCompany = false,
        IsActive = true,
        FirstName = "Margaret",
        LastName = "O'Donnell",
        PhoneNumbers =
        [
            new PhoneNumberMessage { Number = "(617) 555-0142", Type = PhoneNumberType.Home },
            new PhoneNumberMessage { Number = "(617) 555-0199", Type = PhoneNumberType.Office },
            new PhoneNumberMessage { Number = "(857) 555-0123", Type = PhoneNumberType.Cell },
            new PhoneNumberMessage { Number = "(617) 555-0100", Type = PhoneNumberType.Fax },
        ],
        Email = "margaret.odonnell@example.com",
        AlternateEmail = "modonnell@example.org",
        Comment = "Prefers contact by email; quarterly statements.",
        Address = new AddressMessage
        {
            AddressLine1 = "88 Beacon St",
            AddressLine2 = "Apt 4",
            AddressLine3 = "c/o Hale & Dorr",
            City = "Boston",
            State = "MA",
            PostalCode = "02108",
            Country = "UnitedStates",
        },
        ManagementAgreementStartDate = new DateOnly(2023, 1, 1),
        ManagementAgreementEndDate = new DateOnly(2027, 12, 31),
        CompanyName = "O'Donnell Family Trust",
        PropertyIds = [50112, 50113],
        TaxInformation = new RentalOwnerTaxInformationMessage
        {
            TaxPayerIdType = TaxPayerIdType.SSN,
            TaxPayerId = "123-45-6789",
            TaxPayerName1 = "Margaret O'Donnell",
            TaxPayerName2 = "O'Donnell Family Trust",
            IncludeIn1099 = true,
            Address = new AddressMessage
            {
                AddressLine1 = "PO Box 2231",
                AddressLine2 = "Suite 5",
                AddressLine3 = "Dept 12",
                City = "Cambridge",
                State = "MA",
                PostalCode = "02139",
                Country = "UnitedStates",
            },
        },
    };

    public static LeaseMessage Lease() => new()
    {
        Id = 71234,
        PropertyId = 50112,
        UnitId = 90877,
        UnitNumber = "3B",
        LeaseFromDate = new DateOnly(2025, 6, 1),
        LeaseToDate = new DateOnly(2026, 5, 31),
        LeaseType = LeaseType.Fixed,
        LeaseStatus = LeaseStatus.Active,
        TermType = LeaseTermType.Standard,
        AccountDetails = new LeaseAccountDetailMessage { SecurityDeposit = 2875.50m, Rent = 2875.50m },
        CreatedDateTime = new DateTimeOffset(2025, 5, 12, 14, 3, 0, TimeSpan.Zero),
        LastUpdatedDateTime = new DateTimeOffset(2025, 5, 20, 9, 30, 0, TimeSpan.Zero),
        PaymentDueDay = 1,
    };

    public static GLAccountMessage GlAccount() => new()
    {
        Id = 40010,
        AccountNumber = "6110",
        Name = "Repairs - Plumbing",
        Description = "Plumbing repairs and service calls",
        Type = GLAccountType.Expense,
        SubType = GLAccountSubType.OperatingExpenses,
        IsDefaultGLAccount = true,
        DefaultAccountName = "Repairs",
        IsContraAccount = true,
        IsBankAccount = true,
        CashFlowClassification = CashFlowClassification.OperatingActivities,
        ExcludeFromCashBalances = true,
        IsActive = true,
        ParentGLAccountId = 40000,
        IsCreditCardAccount = true,
    };

    public static BankAccountMessage BankAccount() => new()
    {
        Id = 10021,
        GLAccount = new GLAccountMessage { Id = 1010, Name = "Operating - Eastern Bank", Type = GLAccountType.Asset, SubType = GLAccountSubType.CurrentAsset },
        CheckPrintingInfo = new CheckPrintingInfoMessage { EnableLocalCheckPrinting = true, CheckLayoutType = CheckLayoutType.Voucher2StubTopMemo, SignatureHeading = "Authorized signature" },
        Name = "Operating - Eastern Bank",
        Description = "Main operating account",
        BankAccountType = BankAccountType.Checking,
        Country = "UnitedStates",
        AccountNumber = "xxxxx6789",
        RoutingNumber = "011000138",
        IsActive = true,
        Balance = 48213.77m,
        AccountNumberUnmasked = "000123456789",
    };

    public static VendorMessage Vendor() => new()
    {
        Id = 8801,
        IsCompany = true,
        IsActive = true,
        FirstName = "Luis",
        LastName = "Ortega",
        PrimaryEmail = "dispatch@ortegaplumbing.example",
        AlternateEmail = "luis@ortegaplumbing.example",
        CompanyName = "Ortega Plumbing & Heating LLC",
        PhoneNumbers =
        [
            new PhoneNumberMessage { Number = "(617) 555-0177", Type = PhoneNumberType.Office },
            new PhoneNumberMessage { Number = "(857) 555-0188", Type = PhoneNumberType.Cell },
        ],
        Website = "https://ortegaplumbing.example",
        Category = new LookupMessage { Id = 12, Name = "Plumbing" },
        Address = new AddressMessage
        {
            AddressLine1 = "310 Dorchester Ave",
            AddressLine2 = "Unit 2",
            AddressLine3 = "Rear entrance",
            City = "South Boston",
            State = "MA",
            PostalCode = "02127",
            Country = "UnitedStates",
        },
        VendorInsurance = new VendorInsuranceMessage { Provider = "Liberty Mutual", PolicyNumber = "LM-4451-22", ExpirationDate = new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero) },
        Comments = "24/7 emergency service; net 30.",
        AccountNumber = "ORT-5521",
        ExpenseGLAccountId = 40010,
        TaxInformation = new VendorTaxInformationMessage { TaxPayerIdType = TaxPayerIdType.EIN, TaxPayerId = "04-3456789", TaxPayerName1 = "Ortega Plumbing & Heating LLC", IncludeIn1099 = true },
    };

    public static BillMessage Bill() => new()
    {
        Id = 62001,
        Date = new DateOnly(2025, 7, 3),
        DueDate = new DateOnly(2025, 8, 2),
        PaidDate = null,
        Memo = "Replace water heater, unit 3B",
        VendorId = 8801,
        WorkOrderId = 5501,
        ReferenceNumber = "INV-2025-0713",
        ApprovalStatus = BillApprovalStatus.Approved,
        Lines =
        [
            BillLine(1, 40010, 1450.00m, "Water heater, 40 gal"),
            BillLine(2, 40020, 325.25m, "Labour, 3.5 h"),
        ],
    };

    public static BillLineMessage BillLine(int id, int glAccountId, decimal amount, string memo) => new()
    {
        Id = id,
        AccountingEntity = new AccountingEntityMessage { Id = 50112, AccountingEntityType = AccountingEntityType.Rental, Unit = new UnitEntityMessage { Id = 90877 } },
        GLAccount = new GLAccountMessage { Id = glAccountId, Name = "Repairs", Type = GLAccountType.Expense },
        Amount = amount,
        Memo = memo,
    };

    public static BillPaymentMessage BillPayment() => new()
    {
        Id = 63005,
        BankAccountId = 10021,
        EntryDate = new DateOnly(2025, 7, 20),
        Memo = "Partial payment, balance on completion",
        CheckNumber = "10452",
        PaidBillIds = [62001],
        Lines =
        [
            PaymentLine(40010, 1000.00m),
            PaymentLine(40020, 325.25m),
        ],
    };

    public static BillPaymentLineMessage PaymentLine(int glAccountId, decimal amount, int entityId = 50112, int? unitId = 90877) => new()
    {
        AccountingEntity = new BillPaymentAccountingEntityMessage { Id = entityId, AccountingEntityType = AccountingEntityType.Rental, UnitId = unitId },
        GLAccountId = glAccountId,
        Amount = amount,
    };

    public static AllTasksMessage Task() => new()
    {
        Id = 70441,
        TaskType = TaskType.ResidentRequest,
        Category = new TaskCategoryResponseMessage { Id = 31, Name = "Plumbing", SubCategory = new TaskSubCategoryMessage { Id = 311, Name = "Leaks" } },
        Title = "Kitchen sink leaking under cabinet",
        Description = "Tenant reports water pooling under the kitchen sink since Monday.",
        Property = new PropertyMessage { Id = 50112, Type = TaskPropertyType.Rental },
        UnitId = 90877,
        UnitAgreement = new UnitAgreementMessage { Id = 71234, Type = UnitAgreementType.Lease },
        AssignedToUserId = 214,
        TaskStatus = BuildiumTaskStatus.InProgress,
        Priority = TaskPriority.High,
        DueDate = new DateOnly(2025, 7, 9),
        CreatedDateTime = new DateTimeOffset(2025, 7, 7, 13, 15, 0, TimeSpan.Zero),
        LastUpdatedDateTime = new DateTimeOffset(2025, 7, 8, 8, 0, 0, TimeSpan.Zero),
    };

    public static TaskCategoryMessage TaskCategory() => new()
    {
        Id = 31,
        Name = "Plumbing",
        IsSystemCategory = false,
        SubCategories = [new TaskSubCategoryMessage { Id = 311, Name = "Leaks" }],
    };

    public static TaskHistoryMessage TaskHistory() => new()
    {
        Id = 88110,
        Priority = TaskPriority.High,
        TaskStatus = BuildiumTaskStatus.Completed,
        AssignedToUserId = 214,
        DueDate = new DateOnly(2025, 7, 9),
        Message = "Replaced trap and supply line; no further leak.",
        FileIds = [9901],
        CreatedDateTime = new DateTimeOffset(2025, 7, 9, 16, 42, 10, TimeSpan.Zero),
        LastUpdatedDateTime = new DateTimeOffset(2025, 7, 9, 16, 45, 0, TimeSpan.Zero),
    };

    public static TaskHistoryFileMessage TaskHistoryFile() => new()
    {
        Id = 9901,
        Title = "After repair - sink cabinet.jpg",
        PhysicalFileName = "6f1c2a9e-after.jpg",
        Size = 2048,
        ContentType = "image/jpeg",
        UploadedDateTime = new DateTimeOffset(2025, 7, 9, 16, 43, 0, TimeSpan.Zero),
    };

    public static WorkOrderMessage WorkOrder() => new()
    {
        Id = 5501,
        Task = new WorkOrderTaskMessage
        {
            Id = 70441,
            Type = TaskType.ResidentRequest,
            UnitId = 90877,
            Title = "Kitchen sink leaking under cabinet",
            DueDate = new DateOnly(2025, 7, 9),
            Priority = TaskPriority.High,
            Status = BuildiumTaskStatus.InProgress,
        },
        Title = "Repair kitchen sink plumbing, unit 3B",
        DueDate = new DateOnly(2025, 7, 10),
        Priority = WorkOrderPriority.Normal,
        Status = WorkOrderStatus.Completed,
        WorkDetails = "Replace P-trap and supply line; check for cabinet water damage.",
        InvoiceNumber = "ORT-7781",
        ChargeableTo = "Owner",
        EntryAllowed = EntryAllowed.Yes,
        EntryNotes = "Key in lockbox 4411",
        VendorId = 8801,
        VendorNotes = "Call tenant 30 minutes ahead",
        Amount = 412.50m,
        LineItems = [new WorkOrderLineItemMessage { GlAccountId = 40010, Quantity = 1, Memo = "Parts and labour", UnitPrice = 412.50m }],
    };
}
