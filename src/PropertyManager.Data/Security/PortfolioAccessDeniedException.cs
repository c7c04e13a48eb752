namespace PropertyManager.Data.Security;

/// <summary>A save the signed-in user may not make (<see cref="PortfolioWriteGuard"/>); nothing of it was written.</summary>
public sealed class PortfolioAccessDeniedException : Exception
{
    public PortfolioAccessDeniedException()
    {
    }

    public PortfolioAccessDeniedException(string message)
        : base(message)
    {
    }

    public PortfolioAccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
