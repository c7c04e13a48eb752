namespace PropertyManager.Sync.Pull;

/// <summary>How a kind's list endpoint can be asked for recent changes only.</summary>
public enum IncrementalFilter
{
    /// <summary>No updated-since filter: every run is a full scan, unchanged records skipped by payload hash.</summary>
    None,
    /// <summary><c>lastupdatedfrom</c> as a UTC date-time: re-read from the cursor minus an overlap window.</summary>
    DateTime,
    /// <summary><c>lastupdatedfrom</c> as a date: re-read from the day before the cursor.</summary>
    Date,
    /// <summary>Fetched per parent, only for parents that changed in this run (bill payments, task history, files).</summary>
    Child,
    /// <summary>
    /// No changed-since filter on the kind's own list, but its changes show in the general ledger transactions list
    /// (<c>lastupdatedfrom</c>, date-time; bills): an incremental run reads the records the ledger names since the
    /// kind's ledger cursor, and a full scan every <c>Sync:FullScanInterval</c> finds what the ledger cannot (deletions).
    /// </summary>
    Ledger,
}
