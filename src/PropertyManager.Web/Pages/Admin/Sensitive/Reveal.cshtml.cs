using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Web.Accounts;
using PropertyManager.Web.Sensitive;

namespace PropertyManager.Web.Pages.Admin.Sensitive;

/// <summary>
/// Shows one full tax id or bank number to an administrator who asked for it (a POST from a details page), once:
/// nothing is cached and the audit log names the admin, field and record. Everyone else sees only the last four.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class RevealModel(AppDbContext db, RevealAudit audit) : PageModel
{
    public string FieldLabel { get; private set; } = "";
    public string RecordName { get; private set; } = "";
    public string? Value { get; private set; }
    public string BackPage { get; private set; } = "";
    public Guid Id { get; private set; }

    /// <summary>A reveal is an action (logged), not an address to bookmark or prefetch.</summary>
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(string field, Guid id, CancellationToken cancellationToken)
    {
        var found = field switch
        {
            SensitiveField.OwnerTaxId => await db.Owners.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new Found("/Owners/Details", "Tax id", (o.CompanyName ?? ((o.FirstName ?? "") + " " + (o.LastName ?? ""))), o.TaxPayerId ?? o.TaxId))
                .FirstOrDefaultAsync(cancellationToken),
            SensitiveField.VendorTaxId => await db.Vendors.AsNoTracking().Where(v => v.Id == id)
                .Select(v => new Found("/Vendors/Details", "Tax id", v.Name ?? "", v.TaxId))
                .FirstOrDefaultAsync(cancellationToken),
            SensitiveField.BankAccountNumber => await db.BankAccounts.AsNoTracking().Where(b => b.Id == id)
                .Select(b => new Found("/BankAccounts/Details", "Account number", b.Name, b.AccountNumber))
                .FirstOrDefaultAsync(cancellationToken),
            SensitiveField.BankRoutingNumber => await db.BankAccounts.AsNoTracking().Where(b => b.Id == id)
                .Select(b => new Found("/BankAccounts/Details", "Routing number", b.Name, b.RoutingNumber))
                .FirstOrDefaultAsync(cancellationToken),
            _ => null,
        };
        if (found is null)
        {
            return NotFound();
        }

        audit.Revealed(User.Identity?.Name, field, id);
        // With no-cache too, as the form's antiforgery token wants it (else it overrides the header and logs a warning).
        Response.Headers.CacheControl = "no-cache, no-store";
        (BackPage, FieldLabel, RecordName, Value, Id) = (found.BackPage, found.Label, found.Name.Trim(), found.Value, id);
        return Page();
    }

    private sealed record Found(string BackPage, string Label, string Name, string? Value);
}
