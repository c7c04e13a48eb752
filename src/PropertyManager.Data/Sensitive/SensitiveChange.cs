namespace PropertyManager.Data.Sensitive;

/// <summary>
/// One change of a bank account's account or routing number or a vendor's tax id (table <c>sensitive_change_audit</c>,
/// an extension beside the documented tables): who, when, which record and which field, never the value (ADR-014).
/// </summary>
public sealed class SensitiveChange
{
    public Guid Id { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The signed-in user's id; null for the system (command line, sync).</summary>
    public string? UserId { get; set; }

    /// <summary>The table of the record: <c>bank_accounts</c> or <c>vendors</c>.</summary>
    public string EntityType { get; set; } = "";

    public Guid EntityId { get; set; }

    /// <summary>The column that changed, e.g. <c>account_number</c>.</summary>
    public string Field { get; set; } = "";

    /// <summary><c>set</c> (a new record with a value), <c>changed</c> or <c>cleared</c>.</summary>
    public string Action { get; set; } = "";
}
