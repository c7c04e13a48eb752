using Microsoft.AspNetCore.Mvc.Rendering;

namespace PropertyManager.Web.Pages.Tasks;

/// <summary>What the shared form partial renders; <paramref name="Locked"/> are the fields Buildium cannot change any more.</summary>
public sealed record TaskFormView(TaskInput Input, TaskChoices Choices, IReadOnlySet<string> Locked)
{
    public IReadOnlyList<SelectListItem> Categories => Choices.Categories;
}
