namespace PropertyManager.Data.Sensitive;

/// <summary>
/// The process-wide protector behind <see cref="SensitiveValueConverter"/>. EF Core builds the model once per context
/// type and caches it for the process, so a converter cannot take a protector from DI: the host sets this accessor when
/// it first creates an <see cref="AppDbContext"/> (see <c>AddPersistence</c>). The first protector wins: a production
/// process has one host, and the test assemblies pin one before any host starts, so in-process hosts that each have
/// their own key ring cannot make each other's rows unreadable.
/// </summary>
public static class SensitiveData
{
    /// <summary>Marks a protected value, so rows written before encryption (plaintext) are still read.</summary>
    public const string Prefix = "enc:v1:";

    private static ISensitiveDataProtector? s_protector;

    public static bool IsConfigured => s_protector is not null;

    /// <summary>Sets the protector unless one is set; true when this call set it.</summary>
    public static bool TryConfigure(ISensitiveDataProtector protector)
    {
        ArgumentNullException.ThrowIfNull(protector);
        return Interlocked.CompareExchange(ref s_protector, protector, null) is null;
    }

    public static bool IsProtected(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Protect(string plaintext) => Protector.Protect(plaintext);

    /// <summary>Plaintext (legacy) values pass through even before a protector is configured, e.g. in design-time tools.</summary>
    public static string Unprotect(string stored) => IsProtected(stored) ? Protector.Unprotect(stored) : stored;

    private static ISensitiveDataProtector Protector => s_protector
        ?? throw new InvalidOperationException("No ISensitiveDataProtector is configured: call SensitiveData.TryConfigure at startup (AddPersistence does).");
}
