using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PropertyManager.Data.Sensitive;

public static class SensitivePropertyExtensions
{
    /// <summary>Stores the column encrypted (see <see cref="SensitiveValueConverter"/>).</summary>
    internal static PropertyBuilder<string?> IsSensitive(this PropertyBuilder<string?> builder) =>
        builder.HasConversion((ValueConverter)SensitiveValueConverter.Instance);

    /// <summary>True for the encrypted columns: raw SQL must not compare them with plaintext.</summary>
    public static bool IsSensitive(this IReadOnlyProperty property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.GetValueConverter() is SensitiveValueConverter;
    }
}
