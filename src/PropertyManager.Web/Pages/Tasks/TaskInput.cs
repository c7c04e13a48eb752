using FluentValidation;
using PropertyManager.Data.Common;
using PropertyManager.Data.Tasks;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Tasks;

/// <summary>The fields of the task form, shared by Create and Edit. Dates are days; the table stores them at 00:00 UTC as the sync does.</summary>
[BuildiumMessage("ToDoTaskPostMessage")]
public sealed class TaskInput
{
    public const decimal MaxCost = 99_999_999.99m;

    [BuildiumField("Title", Label = "subject")]

    public string? Subject { get; set; }
    [BuildiumField("Description")]
    public string? Description { get; set; }
    [BuildiumField("Priority")]
    public string? Priority { get; set; } = TaskPriorities.Normal;
    [BuildiumField("TaskStatus", Label = "status")]
    public string? Status { get; set; } = TaskStatuses.New;
    public string? AssignedTo { get; set; }
    public string? Category { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? UnitId { get; set; }
    public decimal? EstimatedCost { get; set; }
    public decimal? ActualCost { get; set; }
    [BuildiumField("DueDate", Label = "scheduled date")]
    public DateOnly? ScheduledDate { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public string? Notes { get; set; }

    public static TaskInput From(MaintenanceTask t) => new()
    {
        Subject = t.Subject,
        Description = t.Description,
        Priority = t.Priority,
        Status = t.Status,
        AssignedTo = t.AssignedTo,
        Category = t.Category,
        PropertyId = t.PropertyId,
        UnitId = t.UnitId,
        EstimatedCost = t.EstimatedCost,
        ActualCost = t.ActualCost,
        ScheduledDate = Day(t.ScheduledDate),
        CompletedDate = Day(t.CompletedDate),
        Notes = t.Notes,
    };

    public void ApplyTo(MaintenanceTask t)
    {
        ArgumentNullException.ThrowIfNull(t);
        t.Subject = Subject?.Trim();
        // A browser posts a textarea's line breaks as CRLF: the same text must not count as a change (Buildium cannot take one).
        if (!SameText(Description, t.Description))
        {
            t.Description = Blank(Description);
        }

        t.Priority = Priority;
        t.Status = Status;
        t.AssignedTo = Blank(AssignedTo);
        t.Category = Blank(Category);
        t.PropertyId = PropertyId;
        t.UnitId = PropertyId is null ? null : UnitId;
        t.EstimatedCost = EstimatedCost;
        t.ActualCost = ActualCost;
        t.ScheduledDate = Moment(ScheduledDate, t.ScheduledDate);
        t.CompletedDate = Moment(CompletedDate, t.CompletedDate);
        t.Notes = Blank(Notes);
    }

    public static DateOnly? Day(DateTimeOffset? value) => value is { } v ? DateOnly.FromDateTime(v.UtcDateTime) : null;

    /// <summary>The day at 00:00 UTC, or the stored moment unchanged when it falls on that day.</summary>
    public static DateTimeOffset? Moment(DateOnly? day, DateTimeOffset? current) =>
        day is not { } d ? null
        : Day(current) == d ? current
        : new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool SameText(string? a, string? b) =>
        string.Equals(Blank(a)?.ReplaceLineEndings("\n"), Blank(b)?.ReplaceLineEndings("\n"), StringComparison.Ordinal);

    /// <summary>The column sizes of <c>tasks</c> and Buildium's fixed priorities and statuses.</summary>
    public sealed class Validator : AbstractValidator<TaskInput>
    {
        public Validator()
        {
            RuleFor(x => x.Subject).NotEmpty().WithMessage("Enter the subject.").MaximumLength(ColumnLengths.Required<MaintenanceTask>(nameof(MaintenanceTask.Subject)));
            RuleFor(x => x.Description).MaximumLength(65_535);
            RuleFor(x => x.Priority).NotEmpty().WithMessage("Choose the priority.")
                .Must(p => TaskPriorities.All.Contains(p!)).WithMessage("Choose one of the listed priorities.");
            RuleFor(x => x.Status).NotEmpty().WithMessage("Choose the status.")
                .Must(s => TaskStatuses.All.Contains(s!)).WithMessage("Choose one of the listed statuses.");
            RuleFor(x => x.AssignedTo).MaximumLength(ColumnLengths.Required<MaintenanceTask>(nameof(MaintenanceTask.AssignedTo)));
            RuleFor(x => x.Category).MaximumLength(ColumnLengths.Required<MaintenanceTask>(nameof(MaintenanceTask.Category)));
            RuleFor(x => x.EstimatedCost).GreaterThanOrEqualTo(0).WithMessage("The cost cannot be negative.")
                .LessThanOrEqualTo(MaxCost).PrecisionScale(10, 2, ignoreTrailingZeros: true);
            RuleFor(x => x.ActualCost).GreaterThanOrEqualTo(0).WithMessage("The cost cannot be negative.")
                .LessThanOrEqualTo(MaxCost).PrecisionScale(10, 2, ignoreTrailingZeros: true);
            RuleFor(x => x.CompletedDate).GreaterThanOrEqualTo(x => x.ScheduledDate)
                .When(x => x.ScheduledDate is not null && x.CompletedDate is not null)
                .WithMessage("The completed date cannot be before the scheduled date.");
            this.AddBuildiumRules();
        }
    }
}
