using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PropertyManager.Web.Accounts;

/// <summary>
/// <c>&lt;a pm-requires-edit …&gt;</c> or <c>&lt;form pm-requires-edit …&gt;</c>: rendered only for users allowed to edit
/// (<see cref="Policies.CanEdit"/>, or <see cref="Policies.CanEditFinance"/> on the financial records' pages), so viewers are not offered buttons the server would refuse anyway.
/// </summary>
[HtmlTargetElement(Attributes = AttributeName)]
public sealed class RequiresEditTagHelper(IAuthorizationService authorization) : TagHelper
{
    private const string AttributeName = "pm-requires-edit";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.RemoveAll(AttributeName);
        // The page's own area decides: on the financial records' pages, admins and accountants edit (ADR-014).
        var page = (ViewContext.ActionDescriptor as Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor)?.ViewEnginePath ?? "";
        var allowed = await authorization.AuthorizeAsync(ViewContext.HttpContext.User, WritePagesConvention.PolicyFor(page));
        if (!allowed.Succeeded)
        {
            output.SuppressOutput();
        }
    }
}
