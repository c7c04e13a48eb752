using FluentValidation;

namespace PropertyManager.Web.Pages.Owners;

/// <summary>One ownership share as the owner's page edits it inline: an existing share (OwnershipId) or a new one (PropertyId).</summary>
public sealed class ShareInput
{
    public Guid? OwnershipId { get; set; }
    public Guid? PropertyId { get; set; }
    public decimal? OwnershipPercentage { get; set; }
    public decimal? DisbursementPercentage { get; set; }
    public bool Primary { get; set; }

    /// <summary>Percentages are stored as numeric(5,2) in the ownership cache: 0 to 100 with at most 2 decimals.</summary>
    public sealed class Validator : AbstractValidator<ShareInput>
    {
        public Validator()
        {
            RuleFor(x => x.OwnershipPercentage).NotNull().WithMessage("Enter the ownership percentage.")
                .InclusiveBetween(0, 100).WithMessage("Enter a percentage from 0 to 100.")
                .PrecisionScale(5, 2, ignoreTrailingZeros: true).WithMessage("Use at most 2 decimals.");
            RuleFor(x => x.DisbursementPercentage).NotNull().WithMessage("Enter the disbursement percentage.")
                .InclusiveBetween(0, 100).WithMessage("Enter a percentage from 0 to 100.")
                .PrecisionScale(5, 2, ignoreTrailingZeros: true).WithMessage("Use at most 2 decimals.");
        }
    }
}
