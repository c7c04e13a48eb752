namespace PropertyManager.Web.LocalDatabase;

/// <summary>No local PostgreSQL could be started; the message says what to do instead.</summary>
public sealed class LocalPostgresUnavailableException : Exception
{
    public LocalPostgresUnavailableException(string message)
        : base(message)
    {
    }

    public LocalPostgresUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LocalPostgresUnavailableException()
    {
    }
}
