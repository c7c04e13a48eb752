using FluentValidation;
using PropertyManager.Data.Bills;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Pages.Bills;

/// <summary>The fields of the bill form, shared by Create and Edit.</summary>
[BuildiumMessage("BillPostMessage")]
public sealed class BillInput
{
    /// <summary>bills.amount is NUMERIC(10,2).</summary>
    public const decimal MaxAmount = 99_999_999.99m;

    [BuildiumField("VendorId", Label = "vendor")]

    public Guid? VendorId { get; set; }
    [BuildiumField("Date")]
    public DateOnly? Date { get; set; }
    [BuildiumField("DueDate", Label = "due date")]
    public DateOnly? DueDate { get; set; }
    [BuildiumField("Lines.Amount", Label = "amount")]
    public decimal? Amount { get; set; }
    [BuildiumField("Memo", Label = "description")]
    public string? Description { get; set; }
    [BuildiumField("ReferenceNumber", Label = "reference number")]
    public string? ReferenceNumber { get; set; }
    [BuildiumField("Lines.GlAccountId", Label = "category")]
    public int? CategoryId { get; set; }
    public Guid? PropertyId { get; set; }
    public Guid? UnitId { get; set; }

    public static BillInput From(Bill b) => new()
    {
        VendorId = b.VendorId,
        Date = b.Date,
        DueDate = b.DueDate,
        Amount = b.Amount,
        Description = b.Description,
        ReferenceNumber = b.ReferenceNumber,
        CategoryId = b.CategoryId,
        PropertyId = b.PropertyId,
        UnitId = b.UnitId,
    };

    public void ApplyTo(Bill b)
    {
        ArgumentNullException.ThrowIfNull(b);
        b.VendorId = VendorId;
        b.Date = Date;
        b.DueDate = DueDate;
        b.Amount = Amount;
        b.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        b.ReferenceNumber = string.IsNullOrWhiteSpace(ReferenceNumber) ? null : ReferenceNumber.Trim();
        b.CategoryId = CategoryId;
        b.PropertyId = PropertyId;
        b.UnitId = PropertyId is null ? null : UnitId;
    }

    /// <summary>The column sizes of <c>bills</c> and what Buildium requires of a bill (memo 245, reference 40 characters).</summary>
    public sealed class Validator : AbstractValidator<BillInput>
    {
        public Validator()
        {
            RuleFor(x => x.VendorId).NotEmpty().WithMessage("Choose the vendor who sent the bill.");
            RuleFor(x => x.Date).NotEmpty().WithMessage("Enter the bill date.");
            RuleFor(x => x.DueDate).NotEmpty().WithMessage("Enter the due date; Buildium requires it.")
                .GreaterThanOrEqualTo(x => x.Date).When(x => x.Date is not null).WithMessage("The due date cannot be before the bill date.");
            RuleFor(x => x.Amount).NotEmpty().WithMessage("Enter the amount.")
                .GreaterThan(0).WithMessage("The amount must be more than zero.")
                .LessThanOrEqualTo(MaxAmount).WithMessage("The amount cannot be more than 99,999,999.99.")
                .PrecisionScale(10, 2, ignoreTrailingZeros: true).WithMessage("Use at most two decimals.");
            RuleFor(x => x.Description).MaximumLength(245);
            RuleFor(x => x.ReferenceNumber).MaximumLength(40);
            RuleFor(x => x.CategoryId).NotEmpty().WithMessage("Choose the category; Buildium books the bill to its GL account.");
            this.AddBuildiumRules();
        }
    }
}
