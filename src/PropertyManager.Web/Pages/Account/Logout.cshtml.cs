using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertyManager.Data.Accounts;

namespace PropertyManager.Web.Pages.Account;

/// <summary>
/// Sign out: a POST (with the anti-forgery token), so no link or image elsewhere can sign anyone out. It changes the
/// user's security stamp, so the cookie is refused from now on even if a copy of it survives (every session of this
/// user ends: the stamp is per user).
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            logger.LogInformation("{Email} signed out", user.Email);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
