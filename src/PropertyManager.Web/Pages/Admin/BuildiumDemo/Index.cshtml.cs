using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Web.Buildium;

namespace PropertyManager.Web.Pages.Admin.BuildiumDemo;

/// <summary>
/// Demo mode only (the built-in emulator): shows the emulator's address and keys, and lets an admin change a record on
/// Buildium's side (the webhook then brings it here) or on both sides at once (a conflict). Without the built-in emulator
/// there is no Buildium side to change, so the page does not exist (404).
/// </summary>
public sealed class IndexModel(AppDbContext db, IServiceProvider services) : PageModel
{
    private const int RecordsPerKind = 100;

    [BindProperty]
    [Required(ErrorMessage = "Choose a record.")]
    [Display(Name = "Record")]
    public string? Record { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the new value in Buildium.")]
    [StringLength(100)]
    [Display(Name = "New value in Buildium")]
    public string? BuildiumValue { get; set; }

    [BindProperty]
    [StringLength(100)]
    [Display(Name = "New value here")]
    public string? LocalValue { get; set; }

    public EmbeddedEmulator Emulator { get; private set; } = null!;

    public IReadOnlyList<DemoRecord> Records { get; private set; } = [];

    /// <summary>The record changed by the last post, to link to.</summary>
    public DemoRecord? Changed { get; private set; }

    public string CurlExample => EmulatorKeys.CurlExample(Emulator);

    /// <param name="changed">The record the last change was made to (kept in the address, so a reload shows where it stands).</param>
    public async Task<IActionResult> OnGetAsync(string? changed, CancellationToken cancellationToken)
    {
        if (!InDemoMode())
        {
            return NotFound();
        }

        Records = await LoadRecordsAsync(cancellationToken);
        if (Records.FirstOrDefault(r => r.Key == changed) is { } record)
        {
            Changed = record;
            Record = record.Key;
        }

        return Page();
    }

    /// <summary>Changes the field in the emulator only: its webhook brings the change here.</summary>
    public Task<IActionResult> OnPostChangeAsync(CancellationToken cancellationToken) => ChangeAsync(conflict: false, cancellationToken);

    /// <summary>Changes the field here (queued for Buildium) and, differently, in the emulator: the sync finds a conflict.</summary>
    public Task<IActionResult> OnPostConflictAsync(CancellationToken cancellationToken) => ChangeAsync(conflict: true, cancellationToken);

    private async Task<IActionResult> ChangeAsync(bool conflict, CancellationToken cancellationToken)
    {
        if (!InDemoMode())
        {
            return NotFound();
        }

        var (kind, buildiumId) = DemoRecord.Parse(Record) ?? default;
        var field = DemoField.Of(kind);
        if (Record is not null && field is null)
        {
            ModelState.AddModelError(nameof(Record), "Choose a property, unit or vendor from the list.");
        }

        if (conflict && string.IsNullOrWhiteSpace(LocalValue))
        {
            ModelState.AddModelError(nameof(LocalValue), "Enter the new value here, different from the one in Buildium.");
        }
        else if (conflict && string.Equals(LocalValue?.Trim(), BuildiumValue?.Trim(), StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(LocalValue), "Use a value different from the one in Buildium, or both sides agree and there is no conflict.");
        }

        if (!ModelState.IsValid || field is null)
        {
            Records = await LoadRecordsAsync(cancellationToken);
            return Page();
        }

        // Here first: the local change is queued, so when Buildium's webhook brings the other value the pull sees both.
        if (conflict && !await ChangeLocallyAsync(kind, buildiumId, LocalValue!.Trim(), cancellationToken))
        {
            Records = await LoadRecordsAsync(cancellationToken);
            return Page();
        }

        var editor = services.GetRequiredService<EmulatorRecordEditor>();
        if (await editor.ChangeAsync(field.EmulatorKind, buildiumId, field.EmulatorField, BuildiumValue!.Trim(), cancellationToken) is { } refusal)
        {
            TempData["FlashError"] = refusal;
        }
        else
        {
            TempData["Flash"] = conflict
                ? $"The {field.FieldLabel} changed here and in Buildium. When the webhook arrives the sync finds both changes: see Conflicts."
                : $"The {field.FieldLabel} changed in Buildium. Its webhook arrives in a moment and the sync brings the change here.";
        }

        return RedirectToPage(new { changed = Record });
    }

    private bool InDemoMode()
    {
        if (services.GetService<EmbeddedEmulator>() is not { } emulator)
        {
            return false;
        }

        Emulator = emulator;
        return true;
    }

    private async Task<bool> ChangeLocallyAsync(string kind, int buildiumId, string value, CancellationToken cancellationToken)
    {
        var found = kind switch
        {
            "property" => await db.Properties.FirstOrDefaultAsync(p => p.BuildiumPropertyId == buildiumId, cancellationToken) is { } p && Set(() => p.Name = value),
            "unit" => await db.Units.FirstOrDefaultAsync(u => u.BuildiumUnitId == buildiumId, cancellationToken) is { } u && Set(() => u.UnitNumber = value),
            _ => await db.Vendors.FirstOrDefaultAsync(v => v.BuildiumVendorId == buildiumId, cancellationToken) is { } v && Set(() => v.Notes = value),
        };
        if (!found)
        {
            ModelState.AddModelError(nameof(Record), "That record is not here (yet): wait for the sync, then choose it again.");
            return false;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (SyncRuleViolationException ex)
        {
            ModelState.AddModelError(nameof(LocalValue), ex.Message);
            return false;
        }
    }

    private static bool Set(Action assign)
    {
        assign();
        return true;
    }

    private async Task<IReadOnlyList<DemoRecord>> LoadRecordsAsync(CancellationToken cancellationToken)
    {
        var properties = await db.Properties.AsNoTracking().Where(p => p.BuildiumPropertyId != null)
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Take(RecordsPerKind)
            .Select(p => new DemoRecord("property", p.BuildiumPropertyId!.Value, p.Id, p.Name ?? "", p.Name))
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.BuildiumUnitId != null)
            .OrderBy(u => u.Property!.Name).ThenBy(u => u.UnitNumber).ThenBy(u => u.Id).Take(RecordsPerKind)
            .Select(u => new DemoRecord("unit", u.BuildiumUnitId!.Value, u.Id, (u.Property!.Name ?? "") + " · " + (u.UnitNumber ?? ""), u.UnitNumber))
            .ToListAsync(cancellationToken);
        var vendors = await db.Vendors.AsNoTracking().Where(v => v.BuildiumVendorId != null)
            .OrderBy(v => v.Name).ThenBy(v => v.Id).Take(RecordsPerKind)
            .Select(v => new DemoRecord("vendor", v.BuildiumVendorId!.Value, v.Id, v.Name ?? "", v.Notes))
            .ToListAsync(cancellationToken);
        return [.. properties, .. units, .. vendors];
    }
}
