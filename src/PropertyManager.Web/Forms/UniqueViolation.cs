using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace PropertyManager.Web.Forms;

public static class UniqueViolation
{
    /// <summary>
    /// True when a save failed on a unique key: two people (or a page and the sync) saved the same name between the
    /// page's own check and the insert. The page answers with a field message, not a 500.
    /// </summary>
    public static bool Is(DbUpdateException exception) =>
        exception?.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
