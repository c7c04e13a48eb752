using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace PropertyManager.Web.Pages.Status;

/// <summary>The page shown for 4xx/5xx answers that have no body of their own.</summary>
[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Page not found", "There is nothing at this address. It may have moved, or the record may no longer exist."),
            403 => ("Not allowed", "Your account does not have permission for this page."),
            429 => ("Too many attempts", "Too many requests came from your address in a short time. Wait a minute, then try again."),
            400 => ("Bad request", "The request could not be understood. Check the address or the form and try again."),
            _ => ($"Error {code}", "The request could not be completed."),
        };
    }

    public void OnPost(int code) => OnGet(code);
}
