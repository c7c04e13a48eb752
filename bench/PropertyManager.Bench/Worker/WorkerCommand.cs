namespace PropertyManager.Bench.Worker;

/// <summary>
/// One measured sync, sent as a line on the worker's stdin: <c>full</c>, <c>incremental</c>, or <c>entities</c>
/// (one <c>--entity</c> run per kind in <see cref="Kinds"/>, in that order).
/// </summary>
internal sealed record WorkerCommand(string Mode, IReadOnlyList<string>? Kinds = null);
