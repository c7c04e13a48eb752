using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;
using PropertyManager.Data;
using PropertyManager.Data.SyncState;

namespace PropertyManager.Sync.Conflicts;

/// <summary>
/// The three-way merge of one record, written once: the push (before a PUT) writes the Buildium-won fields into a copy
/// of the local row, the pull (before an upsert) writes the local-won fields into Buildium's version. Fields only one
/// side changed go to that side; fields both changed go to <see cref="ConflictPolicy"/>'s winner and become a
/// <see cref="SyncConflict"/>, added to the context (saved by the caller with its outcome).
/// </summary>
internal static class ThreeWayMerge
{
    /// <param name="buildiumRecord">Buildium's current record as JSON, read only when there is a conflict (its update time).</param>
    public static (HashSet<string> LocalWins, HashSet<string> BuildiumWins, MergeResult Merge) Resolve(
        AppDbContext db, TimeProvider time, string kind, int buildiumId, Guid localId, IReadOnlyList<IProperty> fields,
        object mine, object theirs, object? @base, Func<JsonElement> buildiumRecord)
    {
        var merge = FieldMerge.Compare(fields, mine, theirs, @base);
        var localWins = merge.LocalChanged.Except(merge.BuildiumChanged).ToHashSet(StringComparer.Ordinal);
        var buildiumWins = merge.BuildiumChanged.Except(merge.LocalChanged).ToHashSet(StringComparer.Ordinal);
        if (merge.Contested.Count > 0)
        {
            var winner = ConflictPolicy.Winner(kind, ConflictMath.LocalUpdatedAt(mine), ConflictMath.BuildiumUpdatedAt(buildiumRecord()));
            db.SyncConflicts.Add(new SyncConflict
            {
                Kind = kind,
                BuildiumId = buildiumId,
                LocalId = localId,
                DetectedAt = time.GetUtcNow(),
                Winner = winner,
                LocalValues = FieldMerge.Values(fields, merge.Contested, mine),
                BuildiumValues = FieldMerge.Values(fields, merge.Contested, theirs),
            });
            if (winner == SyncConflictWinners.Local)
            {
                localWins.UnionWith(merge.Contested);
            }
            else if (winner == SyncConflictWinners.Buildium)
            {
                buildiumWins.UnionWith(merge.Contested);
            }
        }

        return (localWins, buildiumWins, merge);
    }
}
