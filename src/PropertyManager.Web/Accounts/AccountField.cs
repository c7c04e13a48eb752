namespace PropertyManager.Web.Accounts;

/// <summary>The fields an <see cref="AccountError"/> can belong to; the same names as the forms' inputs.</summary>
public static class AccountField
{
    public const string Email = "Email";
    public const string Role = "Role";
    public const string Password = "Password";
    public const string CurrentPassword = "CurrentPassword";

    /// <summary>Not one field: the account as a whole.</summary>
    public const string Account = "";
}
