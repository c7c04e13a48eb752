using FluentValidation;
using PropertyManager.Web.Forms;

namespace PropertyManager.Web.Categories;

/// <summary>The name is required and within the table's length; uniqueness is checked by the page against the table.</summary>
public abstract class CategoryInputValidator<TInput> : AbstractValidator<TInput>
    where TInput : CategoryInput
{
    protected CategoryInputValidator(int maxName)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the category's name.").MaximumLength(maxName);
        RuleFor(x => x.Description).MaximumLength(1000);
        this.AddBuildiumRules();
    }
}
