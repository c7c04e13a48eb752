using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>
/// What one set of endpoints shows of a kind: which records (scope, parent), which filters, and which
/// projection. Per-type task endpoints are views over the single task kind, for example.
/// </summary>
internal sealed class ResourceView<T>
    where T : class, IBuildiumRecord
{
    public required ResourceKind<T> Kind { get; init; }

    public Func<StoredRecord<T>, object>? Projection { get; init; }

    public Func<StoredRecord<T>, bool>? Scope { get; init; }

    public ParentRoute? Parent { get; init; }

    public IReadOnlyList<ListFilter<T>> Filters { get; init; } = [];

    public string? NotFoundMessage { get; init; }

    public object Project(StoredRecord<T> record) => Projection is null ? Kind.ToResponse(record) : Projection(record);
}
