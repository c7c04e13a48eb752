using Microsoft.AspNetCore.DataProtection;

namespace PropertyManager.Data.Sensitive;

/// <summary>
/// <see cref="ISensitiveDataProtector"/> over ASP.NET Core Data Protection: AES-256-CBC + HMACSHA256 with keys in
/// <c>identity.data_protection_keys</c> (not in the row), rotated every 90 days by default; the key id travels in the
/// payload, so old rows still decrypt after a rotation.
/// </summary>
public sealed class DataProtectionSensitiveDataProtector(IDataProtectionProvider provider) : ISensitiveDataProtector
{
    /// <summary>The purpose isolates these ciphertexts from cookies and tokens protected by the same key ring.</summary>
    public const string Purpose = "PropertyManager.Data.Sensitive.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return SensitiveData.Prefix + _protector.Protect(plaintext);
    }

    public string Unprotect(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return SensitiveData.IsProtected(stored) ? _protector.Unprotect(stored[SensitiveData.Prefix.Length..]) : stored;
    }
}
