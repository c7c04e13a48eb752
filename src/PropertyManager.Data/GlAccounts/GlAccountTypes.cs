namespace PropertyManager.Data.GlAccounts;

/// <summary>The documented values of <c>gl_accounts.type</c> (Buildium's GL account types).</summary>
public static class GlAccountTypes
{
    public const string Asset = "Asset";
    public const string Liability = "Liability";
    public const string Equity = "Equity";
    public const string Income = "Income";
    public const string Expense = "Expense";

    public static IReadOnlyList<string> All { get; } = [Asset, Liability, Equity, Income, Expense];
}
