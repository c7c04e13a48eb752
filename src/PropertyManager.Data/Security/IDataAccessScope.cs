namespace PropertyManager.Data.Security;

/// <summary>Decides the <see cref="DataAccess"/> of the connections a DbContext opens (the web app: from the signed-in user).</summary>
public interface IDataAccessScope
{
    DataAccess Current { get; }
}

/// <summary>A scope that never changes: the sync, background services, the command line, tests.</summary>
public sealed class FixedDataAccessScope(DataAccess access) : IDataAccessScope
{
    public static FixedDataAccessScope All { get; } = new(DataAccess.All);

    public static FixedDataAccessScope Accounts { get; } = new(DataAccess.Accounts);

    public DataAccess Current { get; } = access;
}
