using FluentValidation;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Bills;

/// <summary>The "record a payment" form of a bill. The remaining balance is checked by the page, which knows it.</summary>
[BuildiumMessage("BillPaymentPostMessage")]
public sealed class PaymentInput
{
    [BuildiumField("Lines.Amount", Label = "amount")]
    public decimal? Amount { get; set; }
    [BuildiumField("EntryDate", Label = "payment date")]
    public DateOnly? Date { get; set; }
    [BuildiumField("BankAccountId", Label = "bank account")]
    public Guid? BankAccountId { get; set; }
    [BuildiumField("CheckNumber", Label = "reference number")]
    public string? ReferenceNumber { get; set; }
    [BuildiumField("Memo")]
    public string? Memo { get; set; }

    /// <summary>Buildium's limits: check number 30 characters, memo 240.</summary>
    public sealed class Validator : AbstractValidator<PaymentInput>
    {
        public Validator(TimeProvider time)
        {
            RuleFor(x => x.Amount).NotEmpty().WithMessage("Enter the amount paid.")
                .GreaterThan(0).WithMessage("The payment must be more than zero.")
                .LessThanOrEqualTo(BillInput.MaxAmount).WithMessage("The amount cannot be more than 99,999,999.99.")
                .PrecisionScale(10, 2, ignoreTrailingZeros: true).WithMessage("Use at most two decimals.");
            RuleFor(x => x.Date).NotEmpty().WithMessage("Enter the payment date.")
                .Must(d => d <= DateOnly.FromDateTime(time.GetLocalNow().DateTime)).WithMessage("The payment date cannot be in the future.");
            RuleFor(x => x.BankAccountId).NotEmpty().WithMessage("Choose the bank account the payment was made from.");
            RuleFor(x => x.ReferenceNumber).MaximumLength(30);
            RuleFor(x => x.Memo).MaximumLength(240);
            this.AddBuildiumRules();
        }
    }
}
