namespace PropertyManager.Data.SyncState;

/// <summary>
/// What this app knows of one write-only Buildium field of one local record (table <c>sync_write_only_values</c>):
/// a field Buildium takes in its PUT but never returns on read, and clears when a PUT leaves it out (ADR-013). A row
/// means the value is known, because this app sent it (a create or an update) or a user stated it on the edit form;
/// without a row, a record pulled from Buildium has an unknown value there, and the push refuses to guess it.
/// </summary>
public sealed class WriteOnlyValue
{
    /// <summary>The sync kind (<c>owner</c>, <c>gl_account</c>).</summary>
    public string Kind { get; set; } = "";

    public Guid EntityId { get; set; }

    /// <summary>Buildium's field name (<see cref="WriteOnlyFields"/>).</summary>
    public string Field { get; set; } = "";

    /// <summary>
    /// Buildium's value as JSON (<c>true</c>, <c>false</c>, <c>null</c>) for a field without a documented column
    /// (<c>IsCashAsset</c>); null where the documented column holds it (an owner's <c>date_of_birth</c>).
    /// </summary>
    public string? Value { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
