namespace PropertyManager.Buildium.Errors;

/// <summary>Base of every error the Buildium client raises, so callers can catch one type.</summary>
public class BuildiumException : Exception
{
    public BuildiumException()
    {
    }

    public BuildiumException(string message)
        : base(message)
    {
    }

    public BuildiumException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>HTTP method of the failed call.</summary>
    public string? Method { get; internal set; }

    /// <summary>Path and query of the failed call (sensitive query values masked).</summary>
    public string? Endpoint { get; internal set; }
}
