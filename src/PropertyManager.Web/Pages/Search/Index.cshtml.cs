using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Web.Lists;

namespace PropertyManager.Web.Pages.Search;

/// <summary>
/// The navbar's search: properties, units, owners, vendors, leases, bills and tasks by name, address, number or email
/// (case-insensitive contains, the user's % and _ taken literally), the first few of each kind, grouped.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PerKind = 10;
    public const int MaxLength = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public bool HasQuery => !string.IsNullOrWhiteSpace(Query);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!HasQuery)
        {
            return Page();
        }

        var text = Query!.Trim();
        text = text.Length > MaxLength ? text[..MaxLength] : text;
        Query = text;
        var p = SearchPattern.Contains(text);
        int? number = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        // Sequential on purpose: one DbContext does not run queries in parallel. One query per kind.
        var groups = new List<Group>
        {
            new("Properties", "/Properties", await db.Properties.AsNoTracking()
                .Where(x => EF.Functions.ILike(x.Name!, p) || EF.Functions.ILike(x.AddressLine1!, p) || EF.Functions.ILike(x.City!, p)
                    || EF.Functions.ILike(x.PostalCode!, p) || (number != null && x.BuildiumPropertyId == number))
                .OrderBy(x => x.Name).Take(PerKind)
                .Select(x => new Hit($"/Properties/Details/{x.Id}", x.Name ?? "(no name)", x.AddressLine1 + ", " + x.City))
                .ToListAsync(cancellationToken)),
            new("Units", "/Units", await db.Units.AsNoTracking()
                .Where(x => EF.Functions.ILike(x.UnitNumber!, p) || EF.Functions.ILike(x.AddressLine1!, p) || (number != null && x.BuildiumUnitId == number))
                .OrderBy(x => x.UnitNumber).Take(PerKind)
                .Select(x => new Hit($"/Units/Details/{x.Id}", "Unit " + (x.UnitNumber ?? "?"), x.Property!.Name))
                .ToListAsync(cancellationToken)),
            new("Owners", "/Owners", await db.Owners.AsNoTracking()
                .Where(x => EF.Functions.ILike(x.FirstName!, p) || EF.Functions.ILike(x.LastName!, p) || EF.Functions.ILike(x.CompanyName!, p)
                    || EF.Functions.ILike(x.FirstName + " " + x.LastName, p) || EF.Functions.ILike(x.Email!, p) || EF.Functions.ILike(x.AddressLine1!, p)
                    || (number != null && x.BuildiumOwnerId == number))
                .OrderBy(x => x.LastName).ThenBy(x => x.FirstName).Take(PerKind)
                .Select(x => new Hit($"/Owners/Details/{x.Id}", x.IsCompany == true ? x.CompanyName ?? "(no name)" : x.FirstName + " " + x.LastName, x.Email))
                .ToListAsync(cancellationToken)),
            new("Vendors", "/Vendors", await db.Vendors.AsNoTracking()
                .Where(x => EF.Functions.ILike(x.Name!, p) || EF.Functions.ILike(x.ContactName!, p) || EF.Functions.ILike(x.Email!, p)
                    || EF.Functions.ILike(x.AddressLine1!, p) || (number != null && x.BuildiumVendorId == number))
                .OrderBy(x => x.Name).Take(PerKind)
                .Select(x => new Hit($"/Vendors/Details/{x.Id}", x.Name ?? "(no name)", x.Email))
                .ToListAsync(cancellationToken)),
            new("Leases", "/Leases", await db.Leases.AsNoTracking()
                .Where(x => EF.Functions.ILike(x.Unit!.UnitNumber!, p) || EF.Functions.ILike(x.Property!.Name!, p) || (number != null && x.BuildiumLeaseId == number))
                .OrderByDescending(x => x.StartDate).Take(PerKind)
                .Select(x => new Hit($"/Leases/Details/{x.Id}", x.Property!.Name + ", unit " + x.Unit!.UnitNumber, x.Status))
                .ToListAsync(cancellationToken)),
            new("Bills", "/Bills", await db.Bills.AsNoTracking()
                .Where(x => EF.Functions.ILike(x.ReferenceNumber!, p) || EF.Functions.ILike(x.Description!, p) || EF.Functions.ILike(x.Vendor!.Name!, p)
                    || (number != null && x.BuildiumBillId == number))
                .OrderByDescending(x => x.DueDate).Take(PerKind)
                .Select(x => new Hit($"/Bills/Details/{x.Id}", x.Vendor!.Name + (x.ReferenceNumber == null ? "" : " #" + x.ReferenceNumber), x.Description))
                .ToListAsync(cancellationToken)),
            new("Tasks", "/Tasks", await db.Tasks.AsNoTracking()
                .Where(x => EF.Functions.ILike(x.Subject!, p) || (number != null && x.BuildiumTaskId == number))
                .OrderByDescending(x => x.CreatedAt).Take(PerKind)
                .Select(x => new Hit($"/Tasks/Details/{x.Id}", x.Subject ?? "(no subject)", x.Status))
                .ToListAsync(cancellationToken)),
        };
        Groups = [.. groups.Where(g => g.Hits.Count > 0)];
        return Page();
    }

    public sealed record Group(string Title, string ListPath, IReadOnlyList<Hit> Hits);

    public sealed record Hit(string Href, string Title, string? Detail);
}
