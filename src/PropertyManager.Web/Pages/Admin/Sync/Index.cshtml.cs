using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyManager.Buildium;
using PropertyManager.Data;
using PropertyManager.Sync;
using PropertyManager.Sync.Catalog;
using PropertyManager.Sync.Runs;
using PropertyManager.Web.Admin;
using PropertyManager.Web.Display;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Admin.Sync;

/// <summary>
/// The sync console: where each kind stands, "Resync now" (everything, one kind, one record) queued for the background
/// worker, a live progress bar fed by <see cref="OnGetProgress"/>, and the latest runs.
/// </summary>
public sealed class IndexModel(
    AppDbContext db, SyncKindStats stats, SyncTrigger trigger, SyncProgress progress, IOptions<SyncOptions> options,
    IOptions<BuildiumOptions> buildium, IValidator<IndexModel.InputModel> validator)
    : PageModel
{
    public const string Trigger = "manual";
    private const string WatchKey = "SyncWatchSince";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<SyncKindStats.KindStat> Kinds { get; private set; } = [];
    public IReadOnlyList<RunRow> Runs { get; private set; } = [];
    public bool WorkerEnabled => options.Value.Enabled;

    /// <summary>Set after a "Resync now": the page polls until a run started after this time has finished.</summary>
    public string? WatchSince { get; private set; }

    public bool Running => progress.Current is not null;

    public static IEnumerable<string> KindNames => SyncCatalog.Kinds.Select(k => k.Name);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Kept as Unix milliseconds in a string: TempData turns date-like strings into DateTime and cannot hold a long.
        WatchSince = TempData[WatchKey] is string ms && long.TryParse(ms, NumberStyles.None, CultureInfo.InvariantCulture, out var since)
            ? DateTimeOffset.FromUnixTimeMilliseconds(since).ToString("O", CultureInfo.InvariantCulture)
            : null;
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAllAsync(bool full, CancellationToken cancellationToken) =>
        QueueAsync(new SyncRequest(Trigger, Full: full), full ? "A full sync of every kind" : "An incremental sync", cancellationToken);

    public Task<IActionResult> OnPostKindAsync(string kind, CancellationToken cancellationToken) =>
        SyncCatalog.Find(kind ?? "") is { } found
            ? QueueAsync(new SyncRequest(Trigger, Kind: found.Name), $"A sync of every {found.Name}", cancellationToken)
            : Task.FromResult<IActionResult>(BadRequest());

    public async Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(Input, cancellationToken);
        if (!result.IsValid)
        {
            ModelState.AddValidationErrors(result, nameof(Input));
            await LoadAsync(cancellationToken);
            return Page();
        }

        var kind = SyncCatalog.Find(Input.Kind!)!.Name;
        return await QueueAsync(new SyncRequest(Trigger, Kind: kind, BuildiumId: Input.BuildiumId), $"A re-read of {kind} {Input.BuildiumId}", cancellationToken);
    }

    /// <summary>The run in progress (null when idle) and the latest run, for sync-progress.js.</summary>
    public async Task<IActionResult> OnGetProgressAsync(CancellationToken cancellationToken)
    {
        var current = progress.Current;
        var last = await db.SyncRuns.AsNoTracking().OrderByDescending(r => r.StartedAt)
            .Select(r => new { r.Id, r.Trigger, r.Mode, r.EntityKind, r.Status, r.StartedAt, r.FinishedAt })
            .FirstOrDefaultAsync(cancellationToken);
        object? running = null;
        if (current is not null)
        {
            var total = current.Request.Kind is null ? SyncCatalog.Kinds.Count : 1;
            var kinds = current.Progress;
            // Finished kinds count whole, the kind under way by its share of records read (when Buildium said how many).
            var percent = (int)Math.Round(100 * Math.Min(1, kinds.Sum(k => k.Fraction ?? 0) / total));
            var eta = progress.Eta(buildium.Value.PageSize);
            running = new
            {
                current.Request.Trigger,
                current.Request.Mode,
                current.Request.Kind,
                current.StartedAt,
                KindsTotal = total,
                KindsDone = Math.Min(current.KindsDone, total),
                Percent = percent,
                KindLabel = current.Request.Kind is { } kind ? Labels.Show(kind) : null,
                Kinds = kinds.Select(k => new { k.Kind, Label = Labels.Show(k.Kind), k.Processed, k.Total, Failed = current.Kinds[k.Kind].Failed, Done = k.Finished }),
                Eta = eta is null ? null : new
                {
                    eta.CallsDone,
                    CallsLeft = eta.TotalCallsLeft,
                    CallsPerSecond = Math.Round(eta.CallsPerSecond, 1),
                    SecondsLeft = eta.TimeLeft is { } left ? (long?)Math.Ceiling(left.TotalSeconds) : null,
                },
            };
        }

        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { Running = running, LastRun = last, Now = DateTimeOffset.UtcNow });
    }

    private async Task<IActionResult> QueueAsync(SyncRequest request, string what, CancellationToken cancellationToken)
    {
        if (!WorkerEnabled)
        {
            TempData["FlashError"] = "The background sync is off in this instance (Sync:Enabled=false), so nothing would run it. Use the sync command instead.";
            return RedirectToPage();
        }

        TempData[WatchKey] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        await trigger.RequestAsync(request, cancellationToken);
        TempData["Flash"] = $"{what} is queued; it starts as soon as the run before it ends.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Kinds = await stats.ReadAsync(cancellationToken);
        Runs = await db.SyncRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(10)
            .Select(r => new RunRow(r.Id, r.Trigger, r.Mode, r.EntityKind, r.BuildiumId, r.Status, r.StartedAt, r.FinishedAt, r.ApiCalls, r.Error))
            .ToListAsync(cancellationToken);
    }

    public sealed record RunRow(
        Guid Id, string Trigger, string Mode, string? Kind, int? BuildiumId, string Status, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, int ApiCalls, string? Error);

    public sealed class InputModel
    {
        public string? Kind { get; set; }
        public int? BuildiumId { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(x => x.Kind).NotEmpty().WithMessage("Choose the kind of record.")
                .Must(k => SyncCatalog.Find(k!) is not null).When(x => !string.IsNullOrEmpty(x.Kind)).WithMessage("Choose one of the listed kinds.");
            RuleFor(x => x.BuildiumId).NotNull().WithMessage("Enter the record's Buildium id.")
                .GreaterThan(0).WithMessage("A Buildium id is a positive number.");
        }
    }
}
