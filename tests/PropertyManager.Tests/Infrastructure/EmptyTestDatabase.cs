namespace PropertyManager.Tests.Infrastructure;

/// <summary>A database with no tables at all.</summary>
public sealed class EmptyTestDatabase : TestDatabase
{
    protected override bool Migrated => false;
}
