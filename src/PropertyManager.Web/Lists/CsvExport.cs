using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;

namespace PropertyManager.Web.Lists;

/// <summary>
/// Streams rows as CSV without holding them in memory. CsvHelper quotes as RFC 4180 wants and escapes cells that
/// start with = + - @, so an exported owner name cannot run as a formula in a spreadsheet. Numbers and dates are
/// invariant (a spreadsheet reads them whatever the app's display culture); values are the readable labels pages show.
/// </summary>
public sealed class CsvExport<TRow>(string fileName, IReadOnlyList<ListColumn<TRow>> columns, IAsyncEnumerable<TRow> rows) : IActionResult
{
    private static readonly CsvConfiguration _configuration = new(CultureInfo.InvariantCulture)
    {
        InjectionOptions = InjectionOptions.Escape,
    };

    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = "text/csv; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        // An export holds a whole list of records: no browser or proxy cache keeps a copy after the download.
        response.Headers.CacheControl = "no-store";
        var cancellationToken = context.HttpContext.RequestAborted;

        await using var writer = new StreamWriter(response.Body, new System.Text.UTF8Encoding(false), 16 * 1024, leaveOpen: true);
        await using var csv = new CsvWriter(writer, _configuration, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Header);
        }

        await csv.NextRecordAsync();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var column in columns)
            {
                csv.WriteField(Format(column.Value(row)));
            }

            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Money has two decimals whatever scale the column stored ("0.0" and "3635.7" read as 0.00 and 3635.70);
        // a value with more (a percentage share) keeps them all.
        decimal m when decimal.Round(m, 2) == m => m.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
