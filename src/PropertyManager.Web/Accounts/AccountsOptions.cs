using System.ComponentModel.DataAnnotations;

namespace PropertyManager.Web.Accounts;

/// <summary>Section <c>Accounts</c>: sign-in sessions and the demo administrator.</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Accounts";

    /// <summary>How long a sign-in lasts without activity (sliding).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How often a signed-in user's cookie is checked against the database: a disabled user, or one whose role
    /// changed, is affected within this time. 0 checks on every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan SecurityStampValidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>On a zero-configuration (emulator) run with no user at all, create <see cref="DemoAdminEmail"/> and print its password once.</summary>
    public bool CreateDemoAdmin { get; set; } = true;

    /// <summary>The administrator created on a zero-configuration (emulator) run when there is no user at all.</summary>
    [Required]
    [EmailAddress]
    public string DemoAdminEmail { get; set; } = "admin@propertymanager.local";
}
