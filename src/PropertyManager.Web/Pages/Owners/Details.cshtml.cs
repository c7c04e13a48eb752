using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Owners;
using PropertyManager.Web.Forms;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Owners;

/// <summary>
/// An owner with their properties and shares, each share editable in place (section <c>#ownership</c>). Shares are
/// kept here: Buildium's owner has only the list of property ids, which it receives when the owner is created.
/// </summary>
public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState, IValidator<ShareInput> validator) : PageModel
{
    [BindProperty]
    public ShareInput Share { get; set; } = new();

    public Owner Owner { get; private set; } = null!;
    public SyncStateView Sync { get; private set; } = null!;
    public IReadOnlyList<ShareRow> Shares { get; private set; } = [];
    public IReadOnlyList<SelectListItem> OtherProperties { get; private set; } = [];

    /// <summary>The share a failed post was for (Guid.Empty: the add form), so that row shows what was typed and why not.</summary>
    public Guid? PostedShareId { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostShareAsync(Guid id, CancellationToken cancellationToken)
    {
        var share = await db.Ownerships.FirstOrDefaultAsync(o => o.Id == Share.OwnershipId && o.OwnerId == id, cancellationToken);
        if (share is null)
        {
            return NotFound();
        }

        if (!await ValidateAsync(share.PropertyId, share.Id, cancellationToken))
        {
            PostedShareId = share.Id;
            return await ShowAsync(id, cancellationToken);
        }

        await SaveShareAsync(share, cancellationToken);
        TempData["Flash"] = "Share saved.";
        return RedirectToPage("./Details", null, new { id }, "ownership");
    }

    public async Task<IActionResult> OnPostAddShareAsync(Guid id, CancellationToken cancellationToken)
    {
        var owner = await db.Owners.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        if (Share.PropertyId is not { } propertyId || !await db.Properties.AnyAsync(p => p.Id == propertyId, cancellationToken))
        {
            ModelState.AddModelError("Share.PropertyId", "Choose a property.");
        }
        else if (await db.Ownerships.AnyAsync(o => o.OwnerId == id && o.PropertyId == propertyId, cancellationToken))
        {
            ModelState.AddModelError("Share.PropertyId", "The owner already has a share of this property.");
        }

        if (!await ValidateAsync(Share.PropertyId, null, cancellationToken))
        {
            PostedShareId = Guid.Empty;
            return await ShowAsync(id, cancellationToken);
        }

        var share = new Ownership { OwnerId = id, PropertyId = Share.PropertyId, OwnerName = OwnerNames.Of(owner) };
        db.Ownerships.Add(share);
        await SaveShareAsync(share, cancellationToken);
        TempData["Flash"] = "Property added to this owner.";
        return RedirectToPage("./Details", null, new { id }, "ownership");
    }

    public async Task<IActionResult> OnPostRemoveShareAsync(Guid id, Guid shareId, CancellationToken cancellationToken)
    {
        // Through the change tracker, so the ownership caches are refreshed in the same save (ExecuteDelete skipped them).
        var share = await db.Ownerships.FirstOrDefaultAsync(o => o.Id == shareId && o.OwnerId == id, cancellationToken);
        if (share is null)
        {
            return NotFound();
        }

        db.Ownerships.Remove(share);
        await db.SaveChangesAsync(cancellationToken);

        TempData["Flash"] = "Share removed.";
        return RedirectToPage("./Details", null, new { id }, "ownership");
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var owner = await db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        Owner = owner;
        Sync = await syncState.ReadAsync(SyncEntityTypes.Owner, id, owner.BuildiumOwnerId, cancellationToken);
        Shares = await db.Ownerships.AsNoTracking().Where(o => o.OwnerId == id).OrderBy(o => o.Property!.Name)
            .Select(o => new ShareRow(o.Id, o.PropertyId, o.Property!.Name, o.OwnershipPercentage, o.DisbursementPercentage, o.Primary == true))
            .ToListAsync(cancellationToken);
        var owned = Shares.Select(s => s.PropertyId).ToList();
        OtherProperties = [.. (await RecordChoices.PropertiesAsync(db, null, cancellationToken)).Where(p => !owned.Contains(Guid.Parse(p.Value)))];
        return Page();
    }

    /// <summary>The share's own rules, and the property's shares may not total more than 100%.</summary>
    private async Task<bool> ValidateAsync(Guid? propertyId, Guid? exceptShareId, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Share, cancellationToken);
        ModelState.AddValidationErrors(result, nameof(Share));
        if (result.IsValid && propertyId is not null)
        {
            var others = await db.Ownerships.Where(o => o.PropertyId == propertyId && o.Id != exceptShareId).SumAsync(o => o.OwnershipPercentage ?? 0, cancellationToken);
            if (others + Share.OwnershipPercentage > 100)
            {
                ModelState.AddModelError("Share.OwnershipPercentage", $"Other owners hold {others:0.##}% of this property; this share can be at most {100 - others:0.##}%.");
            }
        }

        return ModelState.IsValid;
    }

    /// <summary>A property has one primary owner: making this share primary clears the flag on the others.</summary>
    private async Task SaveShareAsync(Ownership share, CancellationToken cancellationToken)
    {
        share.OwnershipPercentage = Share.OwnershipPercentage;
        share.DisbursementPercentage = Share.DisbursementPercentage;
        share.Primary = Share.Primary;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (Share.Primary)
        {
            await db.Ownerships.Where(o => o.PropertyId == share.PropertyId && o.Id != share.Id && o.Primary == true)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Primary, false), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public sealed record ShareRow(Guid Id, Guid? PropertyId, string? PropertyName, decimal? Ownership, decimal? Disbursement, bool Primary);
}
