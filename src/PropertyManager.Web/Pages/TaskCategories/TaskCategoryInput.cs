using FluentValidation;
using PropertyManager.Data.Tasks;

namespace PropertyManager.Web.Pages.TaskCategories;

/// <summary>The fields of the task category form, shared by Create and Edit. Buildium takes only the name; the description stays here.</summary>
public sealed class TaskCategoryInput
{
    public const int MaxName = 100;

    public string? Name { get; set; }
    public string? Description { get; set; }

    public static TaskCategoryInput From(TaskCategory c) => new() { Name = c.Name, Description = c.Description };

    public void ApplyTo(TaskCategory c)
    {
        ArgumentNullException.ThrowIfNull(c);
        c.Name = Name?.Trim();
        c.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }

    /// <summary>The name is required and at most 100 characters; uniqueness is checked by the page against the table.</summary>
    public sealed class Validator : AbstractValidator<TaskCategoryInput>
    {
        public Validator()
        {
            RuleFor(x => x.Name).NotEmpty().WithMessage("Enter the category's name.").MaximumLength(MaxName);
            RuleFor(x => x.Description).MaximumLength(1000);
        }
    }
}
