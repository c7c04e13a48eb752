namespace PropertyManager.Web.LocalDatabase;

/// <summary>Finds the PostgreSQL server binaries (initdb, pg_ctl) installed on this machine.</summary>
public static class PostgresBinaries
{
    /// <summary>
    /// The directory holding initdb and pg_ctl: only <c>PM_POSTGRES_BIN</c> when it is set, else the newest
    /// <c>/usr/lib/postgresql/N/bin</c> (Debian, Ubuntu), else the first PATH entry that has both; null when none.
    /// </summary>
    public static string? FindDirectory()
    {
        if (Environment.GetEnvironmentVariable("PM_POSTGRES_BIN") is { Length: > 0 } configured)
        {
            return HasServer(configured) ? configured : null;
        }

        var candidates = new List<string>();
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates.AddRange(Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Dir: d, Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin")));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        candidates.Add("/usr/local/pgsql/bin");

        return candidates.FirstOrDefault(HasServer);
    }

    private static bool HasServer(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));
}
