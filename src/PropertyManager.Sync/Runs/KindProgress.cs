namespace PropertyManager.Sync.Runs;

/// <summary>One kind's place in a running sync, for a progress bar: <see cref="Processed"/> of <see cref="Total"/>.</summary>
/// <param name="Total">Null until the kind's first page (or its parents) said how many; never below <see cref="Processed"/>.</param>
public sealed record KindProgress(string Kind, int Processed, int? Total, bool Finished)
{
    /// <summary>0 to 1; 1 once finished; null while the total is unknown.</summary>
    public double? Fraction => Finished ? 1 : Total is > 0 ? Math.Min(1, Processed / (double)Total) : null;

    public static KindProgress Of(string kind, Pull.KindCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var processed = counts.Processed;
        // Buildium's count can be below what is read (GL sub-accounts are flattened into the list).
        var total = counts.Total is { } known ? Math.Max(known, processed) : (int?)null;
        return new KindProgress(kind, processed, total, counts.Done || counts.Failed > 0);
    }
}
