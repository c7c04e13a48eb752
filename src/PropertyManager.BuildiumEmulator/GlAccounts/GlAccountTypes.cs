namespace PropertyManager.BuildiumEmulator.GlAccounts;

/// <summary>A GL account's Type is not writable; it follows from the SubType.</summary>
internal static class GlAccountTypes
{
    public static string FromSubType(string? subType) => subType switch
    {
        "CurrentAsset" or "FixedAsset" => "Asset",
        "CurrentLiability" or "LongTermLiability" => "Liability",
        "Equity" => "Equity",
        "Income" or "NonOperatingIncome" => "Income",
        _ => "Expense",
    };
}
