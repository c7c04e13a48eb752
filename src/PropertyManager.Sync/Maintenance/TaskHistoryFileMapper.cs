using PropertyManager.Buildium.Files;
using PropertyManager.Data.Common;
using PropertyManager.Data.Tasks;
using PropertyManager.Sync.Mapping;

namespace PropertyManager.Sync.Maintenance;

/// <summary>
/// Task history file metadata (<see cref="TaskHistoryFileMessage"/>) → <see cref="TaskHistoryFile"/> (table
/// <c>task_history_files</c>). Pull only: uploads are a two-step file transfer, not a mapped message.
/// <c>Title</c> (or <c>PhysicalFileName</c> when there is no title) → <c>file_name</c>, <c>ContentType</c> →
/// <c>file_type</c>, <c>Size</c> (KB) × 1024 → <c>file_size</c> in bytes, capped at <see cref="int.MaxValue"/>.
/// <c>file_url</c> stays null: Buildium's download URLs expire after five minutes, so the app requests one when the
/// file is opened. The entry id comes from the URL the engine listed, so <see cref="Parents"/> is empty.
/// </summary>
public static class TaskHistoryFileMapper
{
    public static IReadOnlySet<string> ReadOnlyFields { get; } = FieldRules.ReadOnly<TaskHistoryFile>();

    /// <summary>
    /// Columns Buildium has no field for: <c>ToLocal</c> never writes them, so the pull's upsert must leave them alone
    /// (besides <c>Id</c>, <c>CreatedAt</c>, <c>UpdatedAt</c> and the foreign keys set from <see cref="BuildiumParents"/>).
    /// </summary>
    public static IReadOnlySet<string> LocalOnlyFields { get; } = FieldRules.NotPulled<TaskHistoryFile>();

    public static void ToLocal(TaskHistoryFileMessage source, TaskHistoryFile target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        target.BuildiumFileId = source.Id;
        target.FileName = string.IsNullOrWhiteSpace(source.Title) ? source.PhysicalFileName : source.Title;
        target.FileType = source.ContentType;
        target.FileSize = SizeInBytes(source.Size);
        target.FileUrl = null;
        ColumnLengths.Fit(target);
    }

    /// <summary>Always <see cref="BuildiumParents.None"/> (see the class remarks).</summary>
    public static BuildiumParents Parents(TaskHistoryFileMessage source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return BuildiumParents.None;
    }

    /// <summary>Kilobytes to bytes, capped at <see cref="int.MaxValue"/>; a negative size is unknown (null).</summary>
    public static int? SizeInBytes(long kilobytes) =>
        kilobytes < 0 ? null : kilobytes >= int.MaxValue / 1024L + 1 ? int.MaxValue : (int)(kilobytes * 1024L);
}
