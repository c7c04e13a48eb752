namespace PropertyManager.Web.Accounts;

/// <summary>
/// Authorization policies. Every endpoint requires a signed-in user unless it says otherwise (the fallback policy);
/// pages named Create, Edit, Delete or Deactivate get <see cref="CanEdit"/> and the <c>/Admin</c> folder gets
/// <see cref="Admin"/> by convention (<see cref="WritePagesConvention"/>); a POST handler on any other page needs
/// <see cref="CanEdit"/> through <see cref="WriteHandlersFilter"/> (Razor Pages ignore <c>[Authorize]</c> on handlers);
/// an endpoint that writes carries <c>[Authorize(Policy = Policies.CanEdit)]</c> itself.
/// </summary>
public static class Policies
{
    /// <summary>Admin or Manager: may change the portfolio.</summary>
    public const string CanEdit = "CanEdit";

    /// <summary>Admin or Accountant: may change bank accounts, GL accounts, vendors and categories (ADR-014).</summary>
    public const string CanEditFinance = "CanEditFinance";

    /// <summary>Admin only: user accounts and the administration pages.</summary>
    public const string Admin = "Admin";
}
