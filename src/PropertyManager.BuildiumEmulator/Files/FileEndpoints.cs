using System.Text;
using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;

namespace PropertyManager.BuildiumEmulator.Files;

/// <summary>
/// GET /v1/files (to find an uploaded file's id by PhysicalFileName) and the storage URLs that stand in for
/// S3: PUT /storage/uploads/{token} takes the bytes (200), GET /storage/downloads/{token} serves them.
/// </summary>
internal sealed class FileEndpoints(TaskHistoryFilesResource files, EmulatorData data, TimeProvider time) : IEndpointModule
{
    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<TaskHistoryFileMessage>
        {
            Kind = files,
            Projection = ToFileMessage,
            Filters =
            [
                ListFilters.Custom<TaskHistoryFileMessage>(query => QueryReader.TextSet(query, "physicalfilenames") is { } names ? f => f.PhysicalFileName is { } n && names.Contains(n) : null),
                ListFilters.Contains<TaskHistoryFileMessage>("titleordescription", f => [f.Title]),
                ListFilters.DateRange<TaskHistoryFileMessage>("uploadedfrom", "uploadedto", f => f.UploadedDateTime is { } t ? DateOnly.FromDateTime(t) : null),
            ],
        };
        app.MapList("/v1/files", view);
        app.MapPut($"{RequestArea.StoragePrefix}/uploads/{{token}}", UploadAsync);
        app.MapGet($"{RequestArea.StoragePrefix}/downloads/{{token}}", Download);
    }

    private static FileMessage ToFileMessage(StoredRecord<TaskHistoryFileMessage> record) => new()
    {
        Id = record.Id,
        FileEntity = new FileEntityMessage { Id = null, EntityType = "Unknown", Href = null },
        CategoryId = null,
        Title = record.Value.Title,
        Description = null,
        PhysicalFileName = record.Value.PhysicalFileName,
        Size = (int)(record.Value.Size ?? 0),
        ContentType = record.Value.ContentType,
        UploadedDateTime = record.Value.UploadedDateTime,
    };

    private async Task<IResult> UploadAsync(HttpContext http, string token)
    {
        if (!data.StorageTickets.TryGetValue(token, out var ticket) || !ticket.IsUpload || ticket.ExpiresUtc < time.GetUtcNow().UtcDateTime)
        {
            return S3Error(StatusCodes.Status403Forbidden, "AccessDenied", "Request has expired or the URL is not valid.");
        }

        // The presigned request is only valid with the headers Buildium returned, as with S3.
        foreach (var (name, value) in ticket.RequiredHeaders ?? new Dictionary<string, string>())
        {
            if (http.Request.Headers[name] != value)
            {
                return S3Error(StatusCodes.Status403Forbidden, "SignatureDoesNotMatch", $"Missing or wrong header {name}.");
            }
        }

        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        if (!data.StorageTickets.TryRemove(token, out _))
        {
            return S3Error(StatusCodes.Status403Forbidden, "AccessDenied", "The upload URL was already used.");
        }

        files.AddUploaded(ticket, buffer.ToArray(), http.Request.ContentType);
        return Results.Ok();
    }

    private IResult Download(string token)
    {
        if (!data.StorageTickets.TryGetValue(token, out var ticket) || ticket.IsUpload || ticket.ExpiresUtc < time.GetUtcNow().UtcDateTime)
        {
            return S3Error(StatusCodes.Status403Forbidden, "AccessDenied", "Request has expired or the URL is not valid.");
        }

        // Seeded files have no uploaded bytes; they serve a small deterministic text instead.
        var bytes = data.FileContents.TryGetValue(ticket.PhysicalFileName, out var content)
            ? content
            : Encoding.UTF8.GetBytes($"Emulated Buildium file {ticket.FileName} ({ticket.PhysicalFileName}).\n");
        return Results.File(bytes, ContentTypes.ForFileName(ticket.FileName, null), ticket.FileName);
    }

    private static IResult S3Error(int status, string code, string message) => Results.Content(
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message}</Message></Error>",
        "application/xml",
        Encoding.UTF8,
        status);
}
