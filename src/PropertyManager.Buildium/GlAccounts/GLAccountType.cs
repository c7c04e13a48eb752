namespace PropertyManager.Buildium.GlAccounts;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum GLAccountType
{
    Asset,
    Liability,
    Equity,
    Income,
    Expense,
}
