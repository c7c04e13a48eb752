namespace PropertyManager.BuildiumEmulator.Infrastructure;

internal sealed record OrderByClause(PropertyPath Path, bool Descending);
