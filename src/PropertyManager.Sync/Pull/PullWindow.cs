namespace PropertyManager.Sync.Pull;

/// <summary>What one pull of a kind asks Buildium for: everything (<see cref="Since"/> null) or changes since a time.</summary>
public sealed record PullWindow(DateTimeOffset? Since)
{
    public static PullWindow Everything { get; } = new((DateTimeOffset?)null);

    public bool IsFull => Since is null;
}
