using PropertyManager.Data.Owners;

namespace PropertyManager.Web.Pages.Owners;

/// <summary>How an owner is called on pages: the company's name, else the person's.</summary>
public static class OwnerNames
{
    public static string Of(Owner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return owner.IsCompany == true ? owner.CompanyName ?? "" : $"{owner.FirstName} {owner.LastName}".Trim();
    }
}
