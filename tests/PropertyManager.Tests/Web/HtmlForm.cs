using System.Net;
using System.Text.RegularExpressions;

namespace PropertyManager.Tests.Web;

/// <summary>
/// The fields a browser would submit from a page's edit form, as rendered: inputs (checkboxes only when checked, the
/// hidden "false" otherwise), the selected option of each select, and textareas; the anti-forgery token is left out.
/// </summary>
public static partial class HtmlForm
{
    public static Dictionary<string, string> Fields(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        // The page's own form: the layout has others (sign out) before it.
        var form = FormElement().Matches(html).Select(m => m.Value).FirstOrDefault(f => f.Contains("name=\"Input.", StringComparison.Ordinal))
            ?? throw new ShouldAssertException("No form with Input fields in:\n" + html);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name || name == "__RequestVerificationToken")
            {
                continue;
            }

            var type = Attribute(tag, "type") ?? "text";
            if (type is "submit" or "button")
            {
                continue;
            }

            if (type is "checkbox" or "radio")
            {
                if (tag.Contains(" checked", StringComparison.Ordinal))
                {
                    fields[name] = Attribute(tag, "value") ?? "on";
                }

                continue;
            }

            // The hidden "false" after a checkbox counts only when the box is not checked.
            if (type == "hidden" && fields.ContainsKey(name))
            {
                continue;
            }

            fields[name] = Attribute(tag, "value") ?? "";
        }

        foreach (Match select in Select().Matches(form))
        {
            var options = Option().Matches(select.Groups["options"].Value);
            var chosen = options.FirstOrDefault(o => o.Value.Contains("selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            fields[WebUtility.HtmlDecode(select.Groups["name"].Value)] = chosen is null ? "" : Attribute(chosen.Value, "value") ?? WebUtility.HtmlDecode(chosen.Groups["text"].Value);
        }

        foreach (Match area in TextArea().Matches(form))
        {
            fields[WebUtility.HtmlDecode(area.Groups["name"].Value)] = WebUtility.HtmlDecode(area.Groups["text"].Value.TrimStart('\r', '\n'));
        }

        return fields;
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"""\s{name}="([^"]*)" """.TrimEnd()) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    [GeneratedRegex("<form\\b.*?</form>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Input();

    [GeneratedRegex("<select\\b[^>]*\\sname=\"(?<name>[^\"]*)\"[^>]*>(?<options>.*?)</select>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b[^>]*>(?<text>[^<]*)", RegexOptions.IgnoreCase)]
    private static partial Regex Option();

    [GeneratedRegex("<textarea\\b[^>]*\\sname=\"(?<name>[^\"]*)\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
