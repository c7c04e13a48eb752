namespace PropertyManager.Sync.Push;

/// <summary>The outcome of <see cref="PushRunner.PushAsync"/>, per kind, with each failure's message.</summary>
public sealed record PushReport(IReadOnlyDictionary<string, PushKindCounts> Kinds, IReadOnlyList<string> Errors)
{
    public int Pushed => Kinds.Values.Sum(k => k.Pushed);

    public int Failed => Kinds.Values.Sum(k => k.Failed);

    public int Skipped => Kinds.Values.Sum(k => k.Skipped);
}
