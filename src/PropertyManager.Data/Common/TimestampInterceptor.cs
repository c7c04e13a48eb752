using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PropertyManager.Data.Common;

/// <summary>
/// Sets <c>CreatedAt</c> on insert and <c>UpdatedAt</c> on insert and update for every entity that has them,
/// so no page or sync step has to remember. A database trigger covers writes that bypass the change tracker.
/// </summary>
public sealed class TimestampInterceptor(TimeProvider timeProvider) : SaveChangesInterceptor
{
    internal static readonly string[] TimestampProperties = ["CreatedAt", "UpdatedAt"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // PostgreSQL keeps microseconds: truncate so the tracked value equals what is stored.
        var utc = timeProvider.GetUtcNow();
        var now = utc.AddTicks(-(utc.Ticks % 10));
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State == EntityState.Added)
            {
                Set(entry, "CreatedAt", now, onlyIfEmpty: true);
                Set(entry, "UpdatedAt", now, onlyIfEmpty: false);
            }
            else if (entry.State == EntityState.Modified)
            {
                Set(entry, "UpdatedAt", now, onlyIfEmpty: false);
            }
        }
    }

    private static void Set(EntityEntry entry, string name, DateTimeOffset now, bool onlyIfEmpty)
    {
        var property = entry.Metadata.FindProperty(name);
        if (property is null)
        {
            return;
        }

        var current = entry.Property(name);
        if (onlyIfEmpty && current.CurrentValue is not null)
        {
            return;
        }

        // The lease table keeps "timestamp without time zone" columns: store UTC wall-clock time there.
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        current.CurrentValue = type == typeof(DateTime)
            ? (object)DateTime.SpecifyKind(now.UtcDateTime, DateTimeKind.Unspecified)
            : now;
    }
}
