using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Accounts;
using PropertyManager.Web.Accounts;

namespace PropertyManager.Web.Pages.Admin.Users;

/// <summary>
/// Which properties a manager or viewer sees (Admin only, by the /Admin folder convention). PostgreSQL enforces the
/// choice through row level security; administrators always see everything.
/// </summary>
public sealed class AccessModel(UserAccounts accounts, PropertyAssignments assignments, AppDbContext db) : PageModel
{
    public string Email { get; private set; } = "";

    public string? Role { get; private set; }

    public IReadOnlyList<SelectListItem> Properties { get; private set; } = [];

    [BindProperty]
    public bool AllProperties { get; set; }

    [BindProperty]
    public List<Guid> PropertyIds { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (AllProperties, var ids) = await assignments.GetAsync(id, cancellationToken);
        PropertyIds = [.. ids];
        await LoadPropertiesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await assignments.SetAsync(id, AllProperties, PropertyIds, cancellationToken);
        TempData["StatusMessage"] = AllProperties
            ? $"{Email} sees every property."
            : $"{Email} sees {PropertyIds.Distinct().Count()} property(ies).";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await accounts.FindByIdAsync(id) is not { } user)
        {
            return false;
        }

        Email = user.Email ?? "";
        Role = (await accounts.ListAsync(cancellationToken)).FirstOrDefault(u => u.Id == id)?.Role;
        return true;
    }

    private async Task LoadPropertiesAsync(CancellationToken cancellationToken)
    {
        var selected = PropertyIds.ToHashSet();
        Properties = await db.Properties.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name ?? p.Id.ToString(), p.Id.ToString(), selected.Contains(p.Id)))
            .ToListAsync(cancellationToken);
    }

    public bool IsAdmin => Role == Roles.Admin;
}
