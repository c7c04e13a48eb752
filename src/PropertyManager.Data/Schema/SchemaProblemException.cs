namespace PropertyManager.Data.Schema;

/// <summary>The database is not in a state this build can use; the message says what is wrong and what to do.</summary>
public sealed class SchemaProblemException : Exception
{
    public SchemaProblemException(string message)
        : base(message)
    {
    }

    public SchemaProblemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SchemaProblemException()
    {
    }
}
