using FluentValidation;
using PropertyManager.Data.Leases;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// What can be edited of a lease: what Buildium's lease PUT takes (dates, unit) and the local notes. Status (derived by
/// Buildium from the dates), deposit (changed only through charges) and property (follows the unit) are read-only.
/// </summary>
[BuildiumMessage("LeasePutMessage")]
public sealed class LeaseInput
{
    [BuildiumField("LeaseFromDate", Label = "start date")]
    public DateOnly? StartDate { get; set; }
    [BuildiumField("LeaseToDate", Label = "end date")]
    public DateOnly? EndDate { get; set; }
    [BuildiumField("UnitId", Label = "unit")]
    public Guid? UnitId { get; set; }
    public string? Notes { get; set; }

    public static LeaseInput From(Lease l) => new()
    {
        StartDate = l.StartDate is { } start ? DateOnly.FromDateTime(start) : null,
        EndDate = l.EndDate is { } end ? DateOnly.FromDateTime(end) : null,
        UnitId = l.UnitId,
        Notes = l.Notes,
    };

    public void ApplyTo(Lease l)
    {
        ArgumentNullException.ThrowIfNull(l);
        // Midnight of Kind Unspecified, as the mapper writes them (the columns are timestamp without time zone).
        l.StartDate = StartDate?.ToDateTime(TimeOnly.MinValue);
        l.EndDate = EndDate?.ToDateTime(TimeOnly.MinValue);
        l.UnitId = UnitId;
        l.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
    }

    public sealed class Validator : AbstractValidator<LeaseInput>
    {
        public Validator()
        {
            RuleFor(x => x.StartDate).NotNull().WithMessage("Enter the start date; Buildium requires it.");
            RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate)
                .When(x => x.StartDate is not null && x.EndDate is not null)
                .WithMessage("The lease cannot end before it starts.");
            RuleFor(x => x.UnitId).NotEmpty().WithMessage("Choose the unit; Buildium leases a unit.");
            RuleFor(x => x.Notes).MaximumLength(10_000);
            this.AddBuildiumRules();
        }
    }
}
