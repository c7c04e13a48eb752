using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.BankAccounts;
using PropertyManager.Data.Bills;
using PropertyManager.Data.GlAccounts;
using PropertyManager.Data.Vendors;

namespace PropertyManager.Tests.Web.Pages;

/// <summary>
/// Reference rows the payables and maintenance page tests share. Each is found by its Buildium id before it is made,
/// so a test class's setup can run before every test against the class's one database.
/// </summary>
internal static class PageSeed
{
    public const int BillCategoryBuildiumId = 9100;
    public const int VendorCategoryBuildiumId = 9200;

    public static async Task<Guid> BankAccountAsync(AppDbContext db)
    {
        if (await db.BankAccounts.FirstOrDefaultAsync(b => b.BuildiumBankId == 9020) is { } existing)
        {
            return existing.Id;
        }

        var gl = new GlAccount { Name = "Operating cash", BuildiumGlAccountId = 9010, Type = GlAccountTypes.Asset };
        var bank = new BankAccount { Name = "Operating", BuildiumBankId = 9020, GlAccount = gl, IsActive = true };
        db.AddRange(gl, bank);
        await db.SaveChangesAsync();
        return bank.Id;
    }

    /// <summary>Categories come from Buildium (bill categories can only be pulled), so they are seeded with their Buildium ids.</summary>
    public static async Task CategoriesAsync(AppDbContext db)
    {
        if (!await db.BillCategories.AnyAsync(c => c.BuildiumCategoryId == BillCategoryBuildiumId))
        {
            db.BillCategories.Add(new BillCategory { Name = "Repairs", BuildiumCategoryId = BillCategoryBuildiumId, IsActive = true });
        }

        if (!await db.VendorCategories.AnyAsync(c => c.BuildiumCategoryId == VendorCategoryBuildiumId))
        {
            db.VendorCategories.Add(new VendorCategory { Name = "Plumbers", BuildiumCategoryId = VendorCategoryBuildiumId, IsActive = true });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A vendor as the pull would write it (with a Buildium id), named for the test that needs it.</summary>
    public static async Task<Vendor> VendorAsync(AppDbContext db, string name, int buildiumId, string? taxId = null)
    {
        var vendor = new Vendor { Name = name, BuildiumVendorId = buildiumId, CategoryId = VendorCategoryBuildiumId, IsActive = true, TaxId = taxId };
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync();
        await db.SyncStatuses.Where(s => s.EntityId == vendor.Id).ExecuteDeleteAsync();
        return vendor;
    }

    /// <summary>Text as Razor writes it into HTML (non-ASCII such as currency signs becomes character references).</summary>
    public static string Html(string text) => HtmlEncoder.Default.Encode(text);
}
