using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PropertyManager.Data.Sensitive;

/// <summary>Encrypts on write and decrypts on read through <see cref="SensitiveData"/>; nulls stay null (EF never passes them).</summary>
public sealed class SensitiveValueConverter : ValueConverter<string, string>
{
    public static readonly SensitiveValueConverter Instance = new();

    private SensitiveValueConverter()
        : base(v => SensitiveData.Protect(v), v => SensitiveData.Unprotect(v))
    {
    }
}
