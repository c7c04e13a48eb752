using System.Text.Json;
using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>Responses in Buildium's format: bare JSON, X-Total-Count on lists, ApiErrorResponse on errors.</summary>
internal static class BuildiumResults
{
    public static IResult Json(object value, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(value, BuildiumJson.Options, contentType: "application/json; charset=utf-8", statusCode: statusCode);

    public static IResult List(IReadOnlyList<object> items, int totalCount, HttpContext http)
    {
        http.Response.Headers["X-Total-Count"] = totalCount.ToString();
        return Json(items);
    }

    public static IResult Created(HttpContext http, string relativeLocation, object value)
    {
        http.Response.Headers.Location = AbsoluteUrl(http, relativeLocation);
        return Json(value, StatusCodes.Status201Created);
    }

    public static string AbsoluteUrl(HttpContext http, string relative) =>
        $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{relative}";

    public static ApiErrorResponse ErrorBody(string userMessage, IReadOnlyList<ApiError>? errors = null) =>
        new() { UserMessage = userMessage, ErrorCode = null, Errors = errors is null ? [] : [.. errors] };

    public static async Task WriteErrorAsync(HttpContext http, int statusCode, string userMessage, IReadOnlyList<ApiError>? errors = null)
    {
        http.Response.StatusCode = statusCode;
        http.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body, ErrorBody(userMessage, errors), BuildiumJson.Options, http.RequestAborted);
    }
}
