using Microsoft.AspNetCore.Razor.TagHelpers;

namespace PropertyManager.Web.Forms;

/// <summary>Adds the "* required" legend to a posting form that has a required field (<see cref="RequiredMarkerTagHelper"/>).</summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class RequiredLegendTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (!string.Equals(context.AllAttributes["method"]?.Value?.ToString(), "post", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var content = await output.GetChildContentAsync();
        if (content.GetContent().Contains(RequiredMarkerTagHelper.CssClass, StringComparison.Ordinal))
        {
            output.PreContent.AppendHtml("""<p class="pm-required-legend small text-body-secondary mb-2"><span class="pm-required-mark" aria-hidden="true">*</span> required</p>""");
        }
    }
}
