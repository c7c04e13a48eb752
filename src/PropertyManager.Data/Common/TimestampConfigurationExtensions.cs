using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertyManager.Data.Common;

internal static class TimestampConfigurationExtensions
{
    /// <summary>
    /// Gives the entity's <c>CreatedAt</c>/<c>UpdatedAt</c> (whichever it has) a database default, so rows
    /// inserted by raw SQL get them too. <see cref="TimestampInterceptor"/> keeps them current on every save.
    /// </summary>
    public static EntityTypeBuilder<T> HasTimestamps<T>(this EntityTypeBuilder<T> builder, string defaultSql = "now()")
        where T : class
    {
        foreach (var name in TimestampInterceptor.TimestampProperties)
        {
            if (builder.Metadata.FindProperty(name) is not null)
            {
                builder.Property(name).HasDefaultValueSql(defaultSql);
            }
        }

        return builder;
    }
}
