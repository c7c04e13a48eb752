using FluentValidation;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>
/// A lease signed here, as Buildium's <c>LeasePostMessage</c> takes it: a unit, dates, up to five new and five known
/// tenants, the rent (amount, cycle, GL account, first due date) and a security deposit.
/// </summary>
public sealed class LeaseCreateInput
{
    public const int MaxTenantsPerList = 5;

    /// <summary>The rent cycles Buildium takes on a new lease (<c>LeaseRentPostMessage.Cycle</c>).</summary>
    public static readonly IReadOnlyList<string> Cycles = ["Monthly", "Weekly", "Every2Weeks", "Quarterly", "Yearly", "Every2Months", "Daily", "Every6Months", "OneTime"];

    public Guid? PropertyId { get; set; }
    public Guid? UnitId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public decimal? Rent { get; set; }
    public string? RentCycle { get; set; } = "Monthly";
    public Guid? RentGlAccountId { get; set; }
    public DateOnly? FirstRentDue { get; set; }
    public decimal? Deposit { get; set; }
    public List<NewTenantInput> NewTenants { get; set; } = [];
    public List<Guid> ExistingTenantIds { get; set; } = [];

    public IEnumerable<NewTenantInput> FilledTenants => NewTenants.Where(t => !t.IsEmpty);

    public sealed class Validator : AbstractValidator<LeaseCreateInput>
    {
        public Validator()
        {
            RuleFor(x => x.PropertyId).NotEmpty().WithMessage("Choose the property.");
            RuleFor(x => x.UnitId).NotEmpty().WithMessage("Choose a vacant unit; Buildium leases a unit.");
            RuleFor(x => x.StartDate).NotNull().WithMessage("Enter the start date; Buildium requires it.");
            RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate)
                .When(x => x.StartDate is not null && x.EndDate is not null)
                .WithMessage("The lease cannot end before it starts.");
            RuleFor(x => x.Rent).NotNull().WithMessage("Enter the rent.")
                .GreaterThan(0).WithMessage("The rent must be more than zero.")
                .LessThan(10_000_000m).WithMessage("The rent must be less than 10,000,000.");
            RuleFor(x => x.RentCycle).Must(c => c is not null && Cycles.Contains(c)).WithMessage("Choose one of the listed rent cycles.");
            RuleFor(x => x.RentGlAccountId).NotEmpty().WithMessage("Choose the GL account the rent is charged to.");
            RuleFor(x => x.Deposit).GreaterThanOrEqualTo(0).WithMessage("The deposit cannot be negative.")
                .LessThan(10_000_000m).WithMessage("The deposit must be less than 10,000,000.");
            RuleForEach(x => x.NewTenants).SetValidator(new NewTenantInput.Validator());
            RuleFor(x => x).Must(x => x.FilledTenants.Any() || x.ExistingTenantIds.Count > 0)
                .WithName("NewTenants").OverridePropertyName("NewTenants")
                .WithMessage("Add at least one tenant, new or existing; Buildium needs one on every lease.");
            RuleFor(x => x.NewTenants).Must(t => t.Count(n => !n.IsEmpty) <= MaxTenantsPerList)
                .WithMessage($"Buildium takes at most {MaxTenantsPerList} new tenants on a lease.");
            RuleFor(x => x.ExistingTenantIds).Must(t => t.Count <= MaxTenantsPerList)
                .WithMessage($"Buildium takes at most {MaxTenantsPerList} existing tenants on a lease.");
        }
    }
}
