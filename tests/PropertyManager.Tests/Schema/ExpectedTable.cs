namespace PropertyManager.Tests.Schema;

/// <summary>
/// A documented table: its name exactly as PostgreSQL stores it, its columns in document order, and the single
/// primary-key column.
/// </summary>
public sealed record ExpectedTable(string Name, IReadOnlyList<ExpectedColumn> Columns, string PrimaryKey = "id");
