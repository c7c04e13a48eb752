namespace PropertyManager.Data.Integration;

/// <summary>What Buildium can write for one synced kind; one row of <see cref="SyncFieldRules"/>.</summary>
public sealed class SyncKindRule
{
    /// <summary>The <see cref="SyncEntityTypes"/> value, also the pull kind's name.</summary>
    public required string Kind { get; init; }

    public required Type EntityType { get; init; }

    /// <summary>How a manager calls one record, for messages ("task", "bill payment").</summary>
    public required string Noun { get; init; }

    /// <summary>The entity property holding the Buildium id; null or 0 means "not in Buildium yet".</summary>
    public required string BuildiumIdProperty { get; init; }

    /// <summary>Buildium creates records of this kind through the API (a POST exists and the push may use it).</summary>
    public bool CanCreate { get; init; } = true;

    /// <summary>Buildium changes existing records of this kind through the API.</summary>
    public bool CanUpdate { get; init; } = true;

    /// <summary>Why records cannot be created or changed here, for the refusal message.</summary>
    public string? Reason { get; init; }

    /// <summary>Properties Buildium reads but cannot write once the record exists there: edits are refused.</summary>
    public IReadOnlySet<string> ReadOnlyFields { get; init; } = new HashSet<string>();

    /// <summary>
    /// Properties Buildium cannot PUT but changes through a dedicated request (a property's activity: inactivation and
    /// reactivation requests). Edits are allowed and pushed with that request.
    /// </summary>
    public IReadOnlySet<string> SpecialRequestFields { get; init; } = new HashSet<string>();

    /// <summary>Properties Buildium never receives: changing only these needs no push.</summary>
    public IReadOnlySet<string> LocalOnlyFields { get; init; } = new HashSet<string>();

    /// <summary>Properties Buildium accepts but never returns (an owner's date of birth): pushed, never pulled.</summary>
    public IReadOnlySet<string> WriteOnlyFields { get; init; } = new HashSet<string>();
}
