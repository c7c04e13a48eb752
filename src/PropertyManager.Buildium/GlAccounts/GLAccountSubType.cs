namespace PropertyManager.Buildium.GlAccounts;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum GLAccountSubType
{
    CurrentAsset,
    FixedAsset,
    CurrentLiability,
    LongTermLiability,
    Equity,
    Income,
    NonOperatingIncome,
    OperatingExpenses,
    NonOperatingExpenses,
}
