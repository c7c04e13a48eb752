using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Npgsql;
using PropertyManager.Web.Forms;

namespace PropertyManager.Tests.Web;

/// <summary>
/// One create or edit form of the app: the page whose fields are the valid starting point (the edit page of a record
/// pulled from Buildium, or a bill's details for its payment form), where it posts, and the input type whose
/// <see cref="BuildiumFieldAttribute"/>s say which Buildium message property each field is sent as.
/// </summary>
public sealed partial record BuildiumForm(string Name, string BasePage, string PostTo, Type Input, string Prefix, string RecordSql)
{
    public string Schema => Input.GetCustomAttribute<BuildiumMessageAttribute>()!.Schema;

    public IEnumerable<(PropertyInfo Property, string Path)> Fields =>
        Input.GetProperties().Select(p => (p, p.GetCustomAttribute<BuildiumFieldAttribute>()?.Path)).Where(x => x.Path is not null).Select(x => (x.p, x.Path!));

    /// <summary>The record's id in <see cref="RecordSql"/> put in for <c>{id}</c>.</summary>
    public async Task<(string Page, string Post)> ResolveAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(RecordSql, connection);
        var id = (string?)await command.ExecuteScalarAsync() ?? throw new ShouldAssertException($"{Name}: no record for {RecordSql}");
        return (BasePage.Replace("{id}", id, StringComparison.Ordinal), PostTo.Replace("{id}", id, StringComparison.Ordinal));
    }

    /// <summary>The fields as the base page renders them (the payment form starts empty: a small valid payment).</summary>
    public async Task<Dictionary<string, string>> BaseFieldsAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        if (Prefix == "Input")
        {
            var fields = HtmlForm.Fields(html);
            if (PostTo.EndsWith("/Create", StringComparison.Ordinal))
            {
                // A create form may ask more than the edit form (the owner's first property, the bank account's GL
                // account): what a user picks there is the first offered choice.
                var create = await client.GetStringAsync(new Uri(PostTo, UriKind.Relative));
                foreach (Match select in CreateSelect().Matches(create))
                {
                    fields.TryAdd(WebUtility.HtmlDecode(select.Groups["name"].Value), WebUtility.HtmlDecode(select.Groups["value"].Value));
                }
            }

            return fields;
        }

        var bank = BankOption().Match(html);
        bank.Success.ShouldBeTrue($"{page} offers no bank account");
        return new Dictionary<string, string>
        {
            [$"{Prefix}.Amount"] = "1.00",
            [$"{Prefix}.Date"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            [$"{Prefix}.BankAccountId"] = WebUtility.HtmlDecode(bank.Groups[1].Value),
            [$"{Prefix}.ReferenceNumber"] = "1001",
            [$"{Prefix}.Memo"] = "Paid in part",
        };
    }

    /// <summary>The message shown beside field <paramref name="property"/>, or null.</summary>
    public string? MessageFor(string html, string property) =>
        Regex.Match(html, $"""data-valmsg-for="{Regex.Escape(Prefix + "." + property)}"[^>]*>(?<m>[^<]+)<""") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups["m"].Value).Trim() is { Length: > 0 } text ? text : null
            : null;

    public override string ToString() => Name;

    [GeneratedRegex("""<select\b[^>]*\sname="(?<name>[^"]+)"[^>]*>.*?<option value="(?<value>[^"]+)".*?</select>""", RegexOptions.Singleline)]
    private static partial Regex CreateSelect();

    [GeneratedRegex("""name="Payment.BankAccountId"[^>]*>.*?<option value="([^"]+)""", RegexOptions.Singleline)]
    private static partial Regex BankOption();
}
