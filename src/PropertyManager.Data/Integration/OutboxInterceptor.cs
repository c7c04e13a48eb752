using System.Collections;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PropertyManager.Data.Leases;

namespace PropertyManager.Data.Integration;

/// <summary>
/// Makes <c>buildium_sync_status</c> the outbox: every create or edit of a synced kind made through the change tracker
/// sets the record's status row to <c>pending</c> in the same SaveChanges, hence the same transaction, so a change is
/// never saved without being queued (or queued without being saved). It also refuses, before anything is written,
/// changes Buildium cannot take (<see cref="SyncFieldRules"/>), so the two sides never silently diverge.
/// The pull writes with set-based SQL, not the change tracker, so its writes are never queued back to Buildium.
/// </summary>
public sealed class OutboxInterceptor : SaveChangesInterceptor
{
    private const string NextLeaseIdSql = "SELECT nextval(pg_get_serial_sequence('\"Lease\"', 'id')) AS \"Value\"";
    private static readonly string[] _timestamps = ["CreatedAt", "UpdatedAt"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Plan(context) is { Count: > 0 } changes)
        {
            AssignLeaseIds(context, changes);
            AssignGuidIds(changes);
            AssignPlaceholders(changes);
            var existing = Existing(context, changes).ToList();
            Enqueue(context, changes, existing);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context && Plan(context) is { Count: > 0 } changes)
        {
            await AssignLeaseIdsAsync(context, changes, cancellationToken);
            AssignGuidIds(changes);
            AssignPlaceholders(changes);
            var existing = await Existing(context, changes).ToListAsync(cancellationToken);
            Enqueue(context, changes, existing);
        }

        return result;
    }

    /// <summary>The records to queue; throws <see cref="SyncRuleViolationException"/> for a change Buildium cannot take.</summary>
    private static List<(SyncKindRule Rule, EntityEntry Entry)> Plan(DbContext context)
    {
        var changes = new List<(SyncKindRule, EntityEntry)>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified) || SyncFieldRules.For(entry.Metadata.ClrType) is not { } rule)
            {
                continue;
            }

            if (entry.State == EntityState.Added ? NeedsPushWhenAdded(rule, entry) : NeedsPushWhenModified(rule, entry))
            {
                changes.Add((rule, entry));
            }
        }

        return changes;
    }

    private static bool NeedsPushWhenAdded(SyncKindRule rule, EntityEntry entry)
    {
        if (HasBuildiumId(entry.Property(rule.BuildiumIdProperty).CurrentValue))
        {
            // A copy of a record Buildium already has (an import): only its values may need pushing.
            return rule.CanUpdate;
        }

        if (!rule.CanCreate)
        {
            throw new SyncRuleViolationException($"{Capitalize(Plural(rule.Noun))} cannot be created here: {rule.Reason}.") { Kind = rule.Kind };
        }

        return true;
    }

    private static bool NeedsPushWhenModified(SyncKindRule rule, EntityEntry entry)
    {
        var changed = new List<string>();
        var anyMarked = false;
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (!property.IsModified || _timestamps.Contains(name))
            {
                continue;
            }

            anyMarked = true;
            if (!StructuralComparisons.StructuralEqualityComparer.Equals(property.OriginalValue, property.CurrentValue))
            {
                changed.Add(name);
            }
        }

        var pushed = changed.Where(n => !rule.LocalOnlyFields.Contains(n)).ToList();
        if (HasBuildiumId(entry.Property(rule.BuildiumIdProperty).OriginalValue))
        {
            if (!rule.CanUpdate && pushed.Count > 0)
            {
                throw new SyncRuleViolationException($"{Capitalize(Article(rule.Noun))} cannot be changed after it is created in Buildium: {rule.Reason}.")
                { Kind = rule.Kind, Fields = pushed };
            }

            var refused = pushed.Where(rule.ReadOnlyFields.Contains).ToList();
            if (refused.Count > 0)
            {
                var fields = string.Join(" and ", refused.Select(f => Label(rule, f)));
                throw new SyncRuleViolationException(
                    $"{Capitalize(Article(rule.Noun))}'s {fields} cannot be changed after it is created in Buildium.")
                { Kind = rule.Kind, Fields = refused };
            }
        }

        // Update() of a detached entity marks every column modified with equal values: the change is unknown, so queue it.
        return pushed.Count > 0 || (anyMarked && changed.Count == 0 && rule.CanUpdate);
    }

    /// <summary>The lease key is a bigserial: draw it now, so the outbox row can name the lease in the same save.</summary>
    private static void AssignLeaseIds(DbContext context, List<(SyncKindRule Rule, EntityEntry Entry)> changes)
    {
        foreach (var lease in NewLeases(changes))
        {
            lease.Property(nameof(Lease.Id)).CurrentValue = context.Database.SqlQueryRaw<long>(NextLeaseIdSql).AsEnumerable().Single();
        }
    }

    private static async Task AssignLeaseIdsAsync(DbContext context, List<(SyncKindRule Rule, EntityEntry Entry)> changes, CancellationToken cancellationToken)
    {
        foreach (var lease in NewLeases(changes))
        {
            lease.Property(nameof(Lease.Id)).CurrentValue = (await context.Database.SqlQueryRaw<long>(NextLeaseIdSql).ToListAsync(cancellationToken)).Single();
        }
    }

    /// <summary>
    /// UUID keys default in the database, so EF leaves a new entity's id empty until the insert: give it one now, so the
    /// outbox row can name it in the same save.
    /// </summary>
    private static void AssignGuidIds(List<(SyncKindRule Rule, EntityEntry Entry)> changes)
    {
        foreach (var (_, entry) in changes)
        {
            if (entry.State == EntityState.Added && entry.Entity is not Lease && entry.Property("Id") is { } id
                && (Guid?)id.Metadata.PropertyInfo?.GetValue(entry.Entity) == Guid.Empty)
            {
                id.CurrentValue = Guid.NewGuid();
            }
        }
    }

    /// <summary>New bank and GL accounts: their Buildium id column cannot be empty, so it holds a placeholder until the push.</summary>
    private static void AssignPlaceholders(List<(SyncKindRule Rule, EntityEntry Entry)> changes)
    {
        foreach (var (rule, entry) in changes)
        {
            var buildiumId = entry.Property(rule.BuildiumIdProperty);
            if (entry.State == EntityState.Added && buildiumId.Metadata.ClrType == typeof(int) && buildiumId.CurrentValue is 0)
            {
                buildiumId.CurrentValue = SyncEntityIds.Placeholder(EntityId(entry));
            }
        }
    }

    private static List<EntityEntry> NewLeases(List<(SyncKindRule Rule, EntityEntry Entry)> changes) =>
        [.. changes.Where(c => c.Entry.State == EntityState.Added && c.Entry.Entity is Lease { Id: 0 }).Select(c => c.Entry)];

    private static IQueryable<BuildiumSyncStatus> Existing(DbContext context, List<(SyncKindRule Rule, EntityEntry Entry)> changes)
    {
        var kinds = changes.Select(c => c.Rule.Kind).Distinct().ToList();
        var ids = changes.Select(c => (Guid?)EntityId(c.Entry)).Distinct().ToList();
        return context.Set<BuildiumSyncStatus>().Where(s => kinds.Contains(s.EntityType!) && ids.Contains(s.EntityId));
    }

    private static void Enqueue(DbContext context, List<(SyncKindRule Rule, EntityEntry Entry)> changes, List<BuildiumSyncStatus> existing)
    {
        foreach (var (rule, entry) in changes)
        {
            var entityId = EntityId(entry);
            var status = existing.FirstOrDefault(s => s.EntityType == rule.Kind && s.EntityId == entityId);
            if (status is null)
            {
                status = new BuildiumSyncStatus { EntityType = rule.Kind, EntityId = entityId };
                context.Add(status);
                existing.Add(status);
            }

            var buildiumId = entry.Property(rule.BuildiumIdProperty).CurrentValue;
            status.BuildiumId = HasBuildiumId(buildiumId) ? Convert.ToInt32(buildiumId, System.Globalization.CultureInfo.InvariantCulture) : null;
            status.SyncStatus = SyncStates.Pending;
            // Buildium's last complaint no longer applies to the changed record, but an unknown create outcome still does.
            if (status.ErrorMessage?.StartsWith(OutboxNotes.OutcomeUnknownPrefix, StringComparison.Ordinal) != true)
            {
                status.ErrorMessage = null;
            }
        }
    }

    private static Guid EntityId(EntityEntry entry) => SyncEntityIds.Of(entry.Entity);

    private static bool HasBuildiumId(object? value) => value is int id && SyncEntityIds.IsBuildiumId(id);

    private static string Label(SyncKindRule rule, string property)
    {
        if (property == rule.BuildiumIdProperty)
        {
            return "Buildium id";
        }

        var words = new StringBuilder();
        foreach (var c in property)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(char.ToLowerInvariant(c));
        }

        var text = words.ToString();
        // A foreign key reads as the record it points at: "PropertyId" is the property.
        return text.EndsWith(" id", StringComparison.Ordinal) && text != "tax id" && !text.StartsWith("tax ", StringComparison.Ordinal) ? text[..^3] : text;
    }

    private static string Article(string noun) =>
        (noun[0] is 'a' or 'e' or 'i' or 'o' ? "an " : "a ") + noun;

    private static string Plural(string noun) => noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s";

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
