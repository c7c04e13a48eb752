namespace PropertyManager.Web.Accounts;

/// <summary>What a change to a user account did: errors by field (<see cref="AccountField"/>), or success.</summary>
public sealed record AccountResult(IReadOnlyList<AccountError> Errors, string? GeneratedPassword = null)
{
    public bool Succeeded => Errors.Count == 0;

    public static AccountResult Success(string? generatedPassword = null) => new([], generatedPassword);

    public static AccountResult Failure(string field, string message) => new([new AccountError(field, message)]);
}
