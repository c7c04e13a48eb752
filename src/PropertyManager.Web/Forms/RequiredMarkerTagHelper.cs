using System.ComponentModel.DataAnnotations;
using System.Text.Encodings.Web;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PropertyManager.Web.Forms;

/// <summary>
/// Marks the label of a required field (<c>&lt;label asp-for&gt;</c>) with the <c>pm-required</c> class, which the
/// stylesheet shows as "*". Required means what the server enforces: an unconditional NotEmpty/NotNull rule of the
/// form's FluentValidation validator, or <see cref="RequiredAttribute"/>. A rule the page checks itself (required only
/// in some cases) is stated with <c>pm-required="true"</c> on the label, so the marker never claims less than the server.
/// </summary>
[HtmlTargetElement("label", Attributes = "asp-for")]
public sealed class RequiredMarkerTagHelper : TagHelper
{
    public const string CssClass = "pm-required";

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>Overrides what the validator says (for rules the page enforces itself).</summary>
    [HtmlAttributeName("pm-required")]
    public bool? Required { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // After the label tag helper, so its attributes are in place.
    public override int Order => 10;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Required ?? IsRequired())
        {
            output.AddClass(CssClass, HtmlEncoder.Default);
        }
    }

    private bool IsRequired()
    {
        var metadata = For.Metadata;
        if (metadata.ValidatorMetadata.OfType<RequiredAttribute>().Any())
        {
            return true;
        }

        if (metadata.ContainerType is not { } container || metadata.PropertyName is not { } property)
        {
            return false;
        }

        var validatorType = typeof(IValidator<>).MakeGenericType(container);
        if (ViewContext.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator)
        {
            return false;
        }

        return validator.CreateDescriptor().GetRulesForMember(property).Any(rule =>
            rule.Components.Any(c => !c.HasCondition && !c.HasAsyncCondition && c.Validator is INotEmptyValidator or INotNullValidator));
    }
}
