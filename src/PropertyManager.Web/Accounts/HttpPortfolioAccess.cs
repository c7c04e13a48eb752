using System.Security.Claims;
using PropertyManager.Data.Accounts;
using PropertyManager.Data.Security;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// The web app's <see cref="IPortfolioAccessSource"/>, one per request scope: the signed-in user's role and property
/// assignments (read through <see cref="PropertyAssignments"/>, not from the database session), loaded by
/// <see cref="LoadAsync"/> before the endpoint runs. Outside a request (the sync, background services) everything;
/// in a request that was not loaded, nothing (fail closed).
/// </summary>
public sealed class HttpPortfolioAccess(IHttpContextAccessor accessor) : IPortfolioAccessSource
{
    private PortfolioAccess? _loaded;

    public PortfolioAccess Current => _loaded ?? (accessor.HttpContext is null ? PortfolioAccess.System : PortfolioAccess.Nothing);

    /// <summary>The access of <paramref name="user"/>; <paramref name="assignments"/> supplies a manager's, viewer's or accountant's properties.</summary>
    /// <remarks>Anonymous requests need no database round trip: they see nothing.</remarks>
    public async Task LoadAsync(ClaimsPrincipal user, PropertyAssignments assignments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(assignments);
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            _loaded = PortfolioAccess.Nothing;
            return;
        }

        if (user.IsInRole(Roles.Admin))
        {
            _loaded = PortfolioAccess.System with { UserId = userId.ToString() };
            return;
        }

        var (allProperties, propertyIds) = await assignments.GetAsync(userId, cancellationToken);
        var accountant = user.IsInRole(Roles.Accountant);
        _loaded = new PortfolioAccess
        {
            UserId = userId.ToString(),
            AllProperties = allProperties,
            PropertyIds = propertyIds,
            CanWritePortfolio = user.IsInRole(Roles.Manager),
            // A user of every property sees every bank account and vendor anyway in spirit: all of them, read-only.
            AllFinance = accountant || allProperties,
            CanWriteFinance = accountant,
        };
    }
}
