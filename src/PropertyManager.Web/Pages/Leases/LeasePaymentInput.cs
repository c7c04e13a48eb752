using FluentValidation;

namespace PropertyManager.Web.Pages.Leases;

/// <summary>A rent payment received here, as Buildium's <c>LeaseLedgerPaymentPostMessage</c> takes it.</summary>
public sealed class LeasePaymentInput
{
    /// <summary>Buildium's payment methods for a lease payment.</summary>
    public static readonly IReadOnlyList<string> Methods = ["Check", "Cash", "MoneyOrder", "CashierCheck", "DirectDeposit", "CreditCard", "ElectronicPayment"];

    public DateOnly? Date { get; set; }
    public decimal? Amount { get; set; }
    public string? Method { get; set; } = "Check";
    public string? ReferenceNumber { get; set; }
    public string? Memo { get; set; }
    public Guid? PayerTenantId { get; set; }

    public sealed class Validator : AbstractValidator<LeasePaymentInput>
    {
        public Validator()
        {
            RuleFor(x => x.Date).NotNull().WithMessage("Enter the date the payment was received.")
                .Must(d => d is null || d <= DateOnly.FromDateTime(DateTime.Today).AddDays(1)).WithMessage("A payment cannot be received in the future.");
            RuleFor(x => x.Amount).NotNull().WithMessage("Enter the amount received.")
                .GreaterThan(0).WithMessage("The amount must be more than zero.")
                .LessThan(10_000_000m).WithMessage("The amount must be less than 10,000,000.");
            RuleFor(x => x.Method).Must(m => m is not null && Methods.Contains(m)).WithMessage("Choose one of the listed payment methods.");
            RuleFor(x => x.ReferenceNumber).MaximumLength(30);
            RuleFor(x => x.Memo).MaximumLength(255);
        }
    }
}
