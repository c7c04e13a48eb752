using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data;
using PropertyManager.Data.Integration;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Forms;
using PropertyManager.Web.SyncState;

namespace PropertyManager.Web.Pages.Tasks;

/// <summary>A task with its history (newest first) and the files attached to each entry (metadata only; the files stay in Buildium).</summary>
public sealed class DetailsModel(AppDbContext db, SyncStateReader syncState) : PageModel
{
    public TaskView Task { get; private set; } = null!;
    public SyncStateView Sync { get; private set; } = null!;

    /// <summary>The assignee's name from Buildium's staff list (the record stores the user id).</summary>
    public string? Assignee { get; private set; }
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new TaskView(t.Id, t.Subject, t.Description, t.Priority, t.Status, t.AssignedTo, t.Category, t.PropertyId, t.Property!.Name,
                t.Unit!.UnitNumber, t.EstimatedCost, t.ActualCost, t.ScheduledDate, t.CompletedDate, t.Notes, t.BuildiumTaskId))
            .FirstOrDefaultAsync(cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        Task = task;
        Assignee = await StaffChoices.NameAsync(db, task.AssignedTo, cancellationToken);
        Sync = await syncState.ReadAsync(SyncEntityTypes.Task, id, task.BuildiumId, cancellationToken);
        History = await db.TaskHistory.AsNoTracking().Where(h => h.TaskId == id)
            .OrderByDescending(h => h.CreatedAt)
            .Select(h => new HistoryRow(h.Id, h.CreatedAt, h.Status, h.AssignedTo, h.CompletedDate, h.Notes,
                h.Files.OrderBy(f => f.FileName).Select(f => new FileRow(f.FileName, f.FileType, f.FileSize, f.FileUrl, f.Description)).ToList()))
            .ToListAsync(cancellationToken);
        return Page();
    }

    /// <summary>"Retry now": pushes this record at once (through the sync worker) and says how it went.</summary>
    public async Task<IActionResult> OnPostRetryAsync(Guid id, [FromServices] PushRetry retry, CancellationToken cancellationToken)
    {
        if (!await db.Tasks.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var (pushed, message) = await retry.RunAsync(SyncEntityTypes.Task, id, cancellationToken);
        TempData[pushed ? "Flash" : "FlashError"] = message;
        return RedirectToPage("./Details", new { id });
    }

    /// <summary>A file's address as a link only when it is a web address; anything else (javascript:, data:) stays text.</summary>
    public static Uri? SafeLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri : null;

    public static string? Size(int? bytes) => bytes switch
    {
        null => null,
        < 1024 => string.Format(CultureInfo.CurrentCulture, "{0:N0} B", bytes),
        < 1024 * 1024 => string.Format(CultureInfo.CurrentCulture, "{0:N1} KB", bytes / 1024m),
        _ => string.Format(CultureInfo.CurrentCulture, "{0:N1} MB", bytes / (1024m * 1024m)),
    };

    public sealed record TaskView(
        Guid Id, string? Subject, string? Description, string? Priority, string? Status, string? AssignedTo, string? Category, Guid? PropertyId,
        string? Property, string? Unit, decimal? EstimatedCost, decimal? ActualCost, DateTimeOffset? ScheduledDate, DateTimeOffset? CompletedDate,
        string? Notes, int? BuildiumId);

    public sealed record HistoryRow(Guid Id, DateTimeOffset? At, string? Status, string? AssignedTo, DateTimeOffset? CompletedDate, string? Notes, IReadOnlyList<FileRow> Files);

    public sealed record FileRow(string? Name, string? Type, int? Size, string? Url, string? Description);
}
