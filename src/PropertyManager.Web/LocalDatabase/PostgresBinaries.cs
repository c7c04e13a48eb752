namespace PropertyManager.Web.LocalDatabase;

/// <summary>Finds the PostgreSQL server binaries (initdb, pg_ctl) installed on this machine.</summary>
public static class PostgresBinaries
{
    /// <summary>
    /// The directory holding initdb and pg_ctl: <c>PM_POSTGRES_BIN</c> if set, else the newest
    /// <c>/usr/lib/postgresql/N/bin</c> (Debian, Ubuntu), else the first PATH entry that has both; null when none.
    /// </summary>
    public static string? FindDirectory()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable("PM_POSTGRES_BIN") is { Length: > 0 } configured)
        {
            candidates.Add(configured);
        }

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        candidates.Add("/usr/local/pgsql/bin");

        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }
}
