namespace PropertyManager.Sync.Push;

/// <summary>One claimed outbox row (<c>buildium_sync_status</c>).</summary>
public sealed record PushItem(Guid StatusId, string Kind, Guid EntityId, int? BuildiumId, string? Note)
{
    /// <summary>How many pushes of this record failed in a row so far.</summary>
    public int Attempts => PushAttemptNote.Attempts(Note);

    /// <summary>An earlier POST may have created the record: look it up before creating it again.</summary>
    public bool OutcomeUnknown => PushAttemptNote.IsOutcomeUnknown(Note);
}
