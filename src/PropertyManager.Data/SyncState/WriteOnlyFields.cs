namespace PropertyManager.Data.SyncState;

/// <summary>The write-only Buildium fields this app tracks in <see cref="WriteOnlyValue"/> (ADR-013).</summary>
public static class WriteOnlyFields
{
    /// <summary><c>RentalOwnerPutMessage.DateOfBirth</c>; its value is <c>owners.date_of_birth</c>.</summary>
    public const string OwnerDateOfBirth = "DateOfBirth";

    /// <summary><c>GLAccountPutMessage.IsCashAsset</c>; <c>gl_accounts</c> has no column, the value is kept here.</summary>
    public const string GlAccountIsCashAsset = "IsCashAsset";
}
