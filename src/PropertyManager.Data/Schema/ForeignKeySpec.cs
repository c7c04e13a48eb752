namespace PropertyManager.Data.Schema;

/// <summary>A single-column foreign key, with its delete (and update) rule as PostgreSQL spells it.</summary>
public sealed record ForeignKeySpec(
    string Name, string Table, string Column, string PrincipalTable, string PrincipalColumn,
    string OnDelete, string OnUpdate = "NO ACTION");
