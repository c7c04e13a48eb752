using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// A lease renewal, as Buildium's <c>LeaseRenewalPostMessage</c> takes it: the new term runs from the day after the
/// current end to <see cref="NewEndDate"/>, with its rent (amount, cycle, GL account, first due date).
/// </summary>
public sealed class LeaseRenewInput
{
    public DateOnly? NewEndDate { get; set; }
    public decimal? Rent { get; set; }
    public string? RentCycle { get; set; } = "Monthly";
    public Guid? RentGlAccountId { get; set; }
    public DateOnly? FirstRentDue { get; set; }

    /// <summary>The lease's end as stored (set by the page from the database, never from the form).</summary>
    [BindNever]
    public DateOnly? CurrentEndDate { get; set; }

    public DateOnly? TermStart => CurrentEndDate?.AddDays(1);

    public sealed class Validator : AbstractValidator<LeaseRenewInput>
    {
        public Validator()
        {
            RuleFor(x => x.NewEndDate).NotNull().WithMessage("Enter the new end date; Buildium requires it for a fixed term.");
            RuleFor(x => x.NewEndDate).GreaterThan(x => x.CurrentEndDate)
                .When(x => x.NewEndDate is not null && x.CurrentEndDate is not null)
                .WithMessage(x => $"The new end date must be after the lease's current end ({x.CurrentEndDate:d}).");
            RuleFor(x => x.Rent).NotNull().WithMessage("Enter the rent.")
                .GreaterThan(0).WithMessage("The rent must be more than zero.")
                .LessThan(10_000_000m).WithMessage("The rent must be less than 10,000,000.");
            RuleFor(x => x.RentCycle).NotEmpty().WithMessage("Choose how often the rent is charged.")
                .Must(c => c is null || LeaseCreateInput.Cycles.Contains(c)).WithMessage("Choose one of the listed rent cycles.");
            RuleFor(x => x.RentGlAccountId).NotEmpty().WithMessage("Choose the GL account the rent is charged to.");
            RuleFor(x => x.FirstRentDue).GreaterThanOrEqualTo(x => x.TermStart)
                .When(x => x.FirstRentDue is not null && x.TermStart is not null)
                .WithMessage(x => $"The first rent of the new term is due on or after its start ({x.TermStart:d}).");
            RuleFor(x => x.FirstRentDue).LessThanOrEqualTo(x => x.NewEndDate)
                .When(x => x.FirstRentDue is not null && x.NewEndDate is not null)
                .WithMessage("The first rent of the new term is due on or before its end.");
        }
    }
}
