using FluentValidation;
using PropertyManager.Data.Common;
using PropertyManager.Data.Tasks;
using PropertyManager.Data.WorkOrders;
using PropertyManager.Web.Forms;
using PropertyManager.Web.Pages.Tasks;

namespace PropertyManager.Web.Pages.WorkOrders;

/// <summary>The fields of the work order form. Work orders share the task's priorities and statuses.</summary>
[BuildiumMessage("WorkOrderPutMessage")]
public sealed class WorkOrderInput
{
    [BuildiumField("Title", Label = "subject")]
    public string? Subject { get; set; }
    [BuildiumField("WorkDetails", Label = "description")]
    public string? Description { get; set; }
    public string? Priority { get; set; }
    public string? Status { get; set; }
    public DateOnly? ScheduledDate { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public decimal? EstimatedCost { get; set; }
    public decimal? ActualCost { get; set; }
    public string? AssignedTo { get; set; }
    public string? Category { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? UnitId { get; set; }
    public string? Notes { get; set; }

    public static WorkOrderInput From(WorkOrder w) => new()
    {
        Subject = w.Subject,
        Description = w.Description,
        Priority = w.Priority,
        Status = w.Status,
        ScheduledDate = TaskInput.Day(w.ScheduledDate),
        CompletedDate = TaskInput.Day(w.CompletedDate),
        EstimatedCost = w.EstimatedCost,
        ActualCost = w.ActualCost,
        AssignedTo = w.AssignedTo,
        Category = w.Category,
        PropertyId = w.PropertyId,
        UnitId = w.UnitId,
        Notes = w.Notes,
    };

    public void ApplyTo(WorkOrder w)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.Subject = Subject?.Trim();
        if (!string.Equals(Blank(Description)?.ReplaceLineEndings("\n"), Blank(w.Description)?.ReplaceLineEndings("\n"), StringComparison.Ordinal))
        {
            w.Description = Blank(Description);
        }

        w.Priority = Blank(Priority);
        w.Status = Blank(Status);
        w.ScheduledDate = TaskInput.Moment(ScheduledDate, w.ScheduledDate);
        w.CompletedDate = TaskInput.Moment(CompletedDate, w.CompletedDate);
        w.EstimatedCost = EstimatedCost;
        w.ActualCost = ActualCost;
        w.AssignedTo = Blank(AssignedTo);
        w.Category = Blank(Category);
        w.PropertyId = PropertyId;
        w.UnitId = PropertyId is null ? null : UnitId;
        w.Notes = Blank(Notes);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The column sizes of <c>work_orders</c>.</summary>
    public sealed class Validator : AbstractValidator<WorkOrderInput>
    {
        public Validator()
        {
            RuleFor(x => x.Subject).NotEmpty().WithMessage("Enter the subject.").MaximumLength(ColumnLengths.Required<WorkOrder>(nameof(WorkOrder.Subject)));
            RuleFor(x => x.Description).MaximumLength(65_535);
            RuleFor(x => x.Priority).Must(p => p is null || TaskPriorities.All.Contains(p)).WithMessage("Choose one of the listed priorities.");
            RuleFor(x => x.Status).Must(s => s is null || TaskStatuses.All.Contains(s)).WithMessage("Choose one of the listed statuses.");
            RuleFor(x => x.EstimatedCost).GreaterThanOrEqualTo(0).WithMessage("The cost cannot be negative.")
                .LessThanOrEqualTo(TaskInput.MaxCost).PrecisionScale(10, 2, ignoreTrailingZeros: true);
            RuleFor(x => x.ActualCost).GreaterThanOrEqualTo(0).WithMessage("The cost cannot be negative.")
                .LessThanOrEqualTo(TaskInput.MaxCost).PrecisionScale(10, 2, ignoreTrailingZeros: true);
            RuleFor(x => x.AssignedTo).MaximumLength(ColumnLengths.Required<WorkOrder>(nameof(WorkOrder.AssignedTo)));
            RuleFor(x => x.Category).MaximumLength(ColumnLengths.Required<WorkOrder>(nameof(WorkOrder.Category)));
            RuleFor(x => x.CompletedDate).GreaterThanOrEqualTo(x => x.ScheduledDate)
                .When(x => x.ScheduledDate is not null && x.CompletedDate is not null)
                .WithMessage("The completed date cannot be before the scheduled date.");
            this.AddBuildiumRules();
        }
    }
}
