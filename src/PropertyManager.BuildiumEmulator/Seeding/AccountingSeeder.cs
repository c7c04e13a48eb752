using PropertyManager.BuildiumEmulator.Banking;
using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.GlAccounts;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>A small chart of accounts (with sub-accounts) and the bank accounts with their cash GL accounts.</summary>
internal static class AccountingSeeder
{
    private static readonly (string Number, string Name, string SubType, string? Parent, string? DefaultName)[] _chart =
    [
        ("1100", "Accounts Receivable", "CurrentAsset", null, "Accounts Receivable"),
        ("1200", "Prepaid Expenses", "CurrentAsset", null, null),
        ("1500", "Buildings", "FixedAsset", null, null),
        ("2000", "Accounts Payable", "CurrentLiability", null, "Accounts Payable"),
        ("2100", "Security Deposit Liability", "CurrentLiability", null, "Security Deposit Liability"),
        ("2500", "Mortgage Payable", "LongTermLiability", null, null),
        ("3000", "Owner Contributions", "Equity", null, "Owner Contribution"),
        ("3100", "Owner Distributions", "Equity", null, "Owner Draw"),
        ("3900", "Retained Earnings", "Equity", null, "Retained Earnings"),
        ("4000", "Rent Income", "Income", null, "Rent Income"),
        ("4100", "Late Fee Income", "Income", null, "Late Fee Income"),
        ("4200", "Application Fee Income", "Income", null, null),
        ("4900", "Interest Income", "NonOperatingIncome", null, null),
        ("5000", "Repairs and Maintenance", "OperatingExpenses", null, null),
        ("5010", "Plumbing Repairs", "OperatingExpenses", "5000", null),
        ("5020", "Electrical Repairs", "OperatingExpenses", "5000", null),
        ("5030", "HVAC Repairs", "OperatingExpenses", "5000", null),
        ("5100", "Landscaping", "OperatingExpenses", null, null),
        ("5200", "Utilities", "OperatingExpenses", null, null),
        ("5300", "Cleaning and Turnover", "OperatingExpenses", null, null),
        ("5400", "Insurance", "OperatingExpenses", null, null),
        ("5500", "Management Fees", "OperatingExpenses", null, "Management Fee Expense"),
        ("5600", "Legal and Professional Fees", "OperatingExpenses", null, null),
        ("6000", "Mortgage Interest", "NonOperatingExpenses", null, null),
    ];

    private static readonly string[] _banks = ["First National Bank", "Harbor Savings", "Citizens Trust", "Granite State Bank", "Pioneer Credit Union"];

    public static void Seed(SeedContext seed)
    {
        var idsByNumber = new Dictionary<string, int>();
        foreach (var (number, name, subType, parent, defaultName) in _chart)
        {
            var parentId = parent is null ? (int?)null : idsByNumber[parent];
            var record = seed.Put(seed.Data.GlAccounts, Account(number, name, subType, parentId, defaultName, isBank: false), parentId ?? 0);
            idsByNumber[number] = record.Id;
            if (subType == "OperatingExpenses")
            {
                seed.ExpenseGlAccountIds.Add(record.Id);
            }
        }

        for (var i = 0; i < seed.Profile.BankAccounts; i++)
        {
            var bank = _banks[i % _banks.Length];
            var name = i == 0 ? "Operating Account" : i % 3 == 1 ? $"Security Deposits {i}" : $"Operating Account {i + 1}";
            var glAccount = seed.Put(seed.Data.GlAccounts, Account($"10{i:00}", name, "CurrentAsset", null, null, isBank: true));
            var accountNumber = seed.Random.Digits(10);
            seed.Put(seed.Data.BankAccounts, new BankAccountMessage
            {
                GLAccount = new GLAccountMessage { Id = glAccount.Id },
                CheckPrintingInfo = BankAccountsResource.DefaultCheckPrinting(),
                ElectronicPayments = BankAccountsResource.DefaultElectronicPayments(),
                Name = name,
                Description = $"{bank} - {name}",
                BankAccountType = i % 3 == 1 ? "Savings" : "Checking",
                Country = "UnitedStates",
                AccountNumber = BankAccountsResource.Mask(accountNumber),
                RoutingNumber = "0" + seed.Random.Digits(8),
                IsActive = true,
                Balance = seed.Random.Money(5_000, 250_000),
                AccountNumberUnmasked = accountNumber,
            });
            seed.BankAccountIds.Add(seed.Data.BankAccounts.All()[^1].Id);
        }
    }

    private static GLAccountMessage Account(string number, string name, string subType, int? parentId, string? defaultName, bool isBank) => new()
    {
        AccountNumber = number,
        Name = name,
        Description = $"{name} ({number})",
        Type = GlAccountTypes.FromSubType(subType),
        SubType = subType,
        IsDefaultGLAccount = defaultName is not null,
        DefaultAccountName = defaultName,
        IsContraAccount = false,
        IsBankAccount = isBank,
        CashFlowClassification = subType is "Income" or "OperatingExpenses" ? "OperatingActivities" : null,
        ExcludeFromCashBalances = false,
        SubAccounts = [],
        IsActive = true,
        ParentGLAccountId = parentId,
        IsCreditCardAccount = false,

        // Write-only in Buildium: current assets say whether they count as cash (the banks' accounts do).
        IsCashAsset = subType == "CurrentAsset" ? isBank : null,
    };
}
