using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PropertyManager.Web.Pages.Account;

/// <summary>Where a signed-in user lands when their role does not allow a page: answered 403.</summary>
[IgnoreAntiforgeryToken]
public sealed class AccessDeniedModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
