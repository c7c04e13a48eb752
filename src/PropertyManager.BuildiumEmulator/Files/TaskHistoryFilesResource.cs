using System.Security.Cryptography;
using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Resources;
using PropertyManager.BuildiumEmulator.Storage;
using PropertyManager.BuildiumEmulator.Tasks;

namespace PropertyManager.BuildiumEmulator.Files;

/// <summary>
/// /v1/tasks/{taskId}/history/{taskHistoryId}/files: metadata, delete, download requests, and the two-step
/// upload of 2026-02-17 (POST .../files/uploads, then PUT the bytes to the returned storage URL).
/// Buildium sends no webhooks for files; the history entry's FileIds change instead.
/// </summary>
internal sealed class TaskHistoryFilesResource(ResourceContext context, TaskHistoryResource history) : ResourceKind<TaskHistoryFileMessage>(context), IEndpointModule
{
    public const string BasePath = "/v1/tasks/{taskId:int}/history/{taskHistoryId:int}/files";
    private static readonly TimeSpan _ticketLifetime = TimeSpan.FromMinutes(5);

    public override string Name => "taskhistoryfiles";

    public override string NotFoundMessage => "No file found with the id.";

    public override RecordStore<TaskHistoryFileMessage> Store => Data.TaskHistoryFiles;

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        var view = new ResourceView<TaskHistoryFileMessage>
        {
            Kind = this,
            Parent = new ParentRoute("taskHistoryId", HistoryBelongsToTask, "No task history found with the id."),
        };
        var byId = $"{BasePath}/{ResourceEndpoints.IdRoute}";
        app.MapList(BasePath, view);
        app.MapGetById(byId, view);
        app.MapDelete(byId, (HttpContext http) =>
        {
            Delete(ResourceEndpoints.Find(http, view).Id);
            return Results.NoContent();
        });
        app.MapPost($"{byId}/downloadrequest", (HttpContext http) =>
        {
            var file = ResourceEndpoints.Find(http, view);
            var token = NewToken();
            Data.StorageTickets[token] = new StorageTicket(IsUpload: false, Context.UtcNow + _ticketLifetime, file.Value.PhysicalFileName!, file.Value.Title);
            return BuildiumResults.Json(new FileDownloadMessage { DownloadUrl = BuildiumResults.AbsoluteUrl(http, $"{RequestArea.StoragePrefix}/downloads/{token}") }, StatusCodes.Status201Created);
        });
        app.MapPost($"{BasePath}/uploads", async (HttpContext http) =>
        {
            var taskId = ResourceEndpoints.RouteInt(http, "taskId");
            var historyId = ResourceEndpoints.RouteInt(http, "taskHistoryId");
            if (!HistoryBelongsToTask(http, historyId))
            {
                throw BuildiumApiException.NotFound("No task history found with the id.");
            }

            var body = await JsonBodyReader.ReadAsync<TaskHistoryFileUploadPostMessage>(http.Request);
            new WriteErrors().When(body.FileName!.Length > 255, "FileName", "The file name cannot exceed 255 characters.").ThrowIfAny();
            var token = NewToken();
            var physicalFileName = $"{Guid.NewGuid():N}-{Path.GetFileName(body.FileName)}";
            var headers = new Dictionary<string, string>
            {
                ["x-amz-server-side-encryption"] = "AES256",
                ["x-amz-meta-physicalfilename"] = physicalFileName,
            };
            Data.StorageTickets[token] = new StorageTicket(IsUpload: true, Context.UtcNow + _ticketLifetime, physicalFileName, body.FileName, taskId, historyId, headers);
            return BuildiumResults.Json(
                new FileUploadResponseMessage
                {
                    UploadUrl = BuildiumResults.AbsoluteUrl(http, $"{RequestArea.StoragePrefix}/uploads/{token}"),
                    Headers = headers!,
                    PhysicalFileName = physicalFileName,
                },
                StatusCodes.Status201Created);
        });
    }

    /// <summary>Step 2 of an upload succeeded: the file exists now and its history entry lists it.</summary>
    public StoredRecord<TaskHistoryFileMessage> AddUploaded(StorageTicket ticket, byte[] content, string? contentType)
    {
        Data.FileContents[ticket.PhysicalFileName] = content;
        var record = Add(
            new TaskHistoryFileMessage
            {
                Title = ticket.FileName,
                PhysicalFileName = ticket.PhysicalFileName,
                Size = SizeInKilobytes(content.Length),
                ContentType = ContentTypes.ForFileName(ticket.FileName, contentType),
                UploadedDateTime = Context.UtcNow,
            },
            ticket.TaskHistoryId);
        history.ChangeFiles(ticket.TaskHistoryId, ids => [.. ids, record.Id]);
        return record;
    }

    public static long SizeInKilobytes(int bytes) => (bytes + 1023) / 1024;

    protected override void OnDeleted(StoredRecord<TaskHistoryFileMessage> record)
    {
        Data.FileContents.TryRemove(record.Value.PhysicalFileName ?? string.Empty, out _);
        history.ChangeFiles(record.ParentId, ids => [.. ids.Where(id => id != record.Id)]);
    }

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    private bool HistoryBelongsToTask(HttpContext http, int historyId) =>
        Data.TaskHistory.Find(historyId)?.ParentId is { } taskId && taskId == ResourceEndpoints.RouteInt(http, "taskId");
}
