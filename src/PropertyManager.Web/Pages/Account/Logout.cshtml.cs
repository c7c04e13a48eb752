using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Web.Pages.Account;

/// <summary>Sign out: a POST (with the anti-forgery token), so no link or image elsewhere can sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            logger.LogInformation("{Email} signed out", User.Identity.Name);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
