namespace PropertyManager.Data.Schema;

/// <summary>An index the app adds beyond the documented ones; <paramref name="Columns"/> are unquoted names.</summary>
public sealed record IndexSpec(string Name, string Table, string[] Columns, bool Unique);
