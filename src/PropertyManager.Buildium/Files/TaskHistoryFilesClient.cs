using System.Net.Http.Headers;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Errors;

namespace PropertyManager.Buildium.Files;

/// <summary>Files attached to a task history entry: <c>/v1/tasks/{taskId}/history/{taskHistoryId}/files</c>.</summary>
public sealed class TaskHistoryFilesClient
{
    private readonly BuildiumTransport _transport;
    private readonly FilesClient _files;
    private readonly Func<HttpClient> _uploadClient;

    internal TaskHistoryFilesClient(BuildiumTransport transport, FilesClient files, Func<HttpClient> uploadClient)
    {
        _transport = transport;
        _files = files;
        _uploadClient = uploadClient;
    }

    public IAsyncEnumerable<TaskHistoryFileMessage> ListAsync(int taskId, int taskHistoryId, CancellationToken cancellationToken = default) =>
        _transport.ListAsync<TaskHistoryFileMessage>(FilesPath(taskId, taskHistoryId), null, cancellationToken);

    public Task<TaskHistoryFileMessage> GetAsync(int taskId, int taskHistoryId, int fileId, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<TaskHistoryFileMessage>($"{FilesPath(taskId, taskHistoryId)}/{fileId}", cancellationToken);

    /// <summary>A download URL valid for about 5 minutes.</summary>
    public Task<FileDownloadMessage> RequestDownloadAsync(int taskId, int taskHistoryId, int fileId, CancellationToken cancellationToken = default) =>
        _transport.SendWithoutContentAsync<FileDownloadMessage>(HttpMethod.Post, $"{FilesPath(taskId, taskHistoryId)}/{fileId}/downloadrequest", cancellationToken);

    /// <summary>Deletes the file permanently.</summary>
    public Task DeleteAsync(int taskId, int taskHistoryId, int fileId, CancellationToken cancellationToken = default) =>
        _transport.SendWithoutContentAsync(HttpMethod.Delete, $"{FilesPath(taskId, taskHistoryId)}/{fileId}", cancellationToken);

    /// <summary>
    /// The upload flow of 2026-02-17: POST <c>.../files/uploads</c> for a pre-signed URL, PUT the bytes
    /// there with the returned headers in their order, then find the new file's id through
    /// <c>GET /v1/files?physicalfilenames=</c> (the upload does not return it).
    /// </summary>
    public async Task<TaskHistoryFileUpload> UploadAsync(
        int taskId,
        int taskHistoryId,
        string fileName,
        Stream content,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);

        // Buffered so the PUT can be retried; task history attachments are small documents and photos.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);

        var ticket = await _transport.PostAsync<TaskHistoryFileUploadPostMessage, FileUploadResponseMessage>(
            $"{FilesPath(taskId, taskHistoryId)}/uploads",
            new TaskHistoryFileUploadPostMessage { FileName = fileName },
            cancellationToken);
        if (string.IsNullOrEmpty(ticket.UploadUrl) || string.IsNullOrEmpty(ticket.PhysicalFileName))
        {
            throw new BuildiumResponseFormatException("Buildium's upload response has no UploadUrl or PhysicalFileName.");
        }

        await PutBytesAsync(new Uri(ticket.UploadUrl), ticket.Headers ?? [], buffer.ToArray(), cancellationToken);

        var filter = new FileListFilter { PhysicalFileNames = [ticket.PhysicalFileName] };
        FileMessage? file = null;
        await foreach (var candidate in _files.ListAsync(filter, cancellationToken))
        {
            file = candidate;
            break;
        }

        return new TaskHistoryFileUpload(ticket.PhysicalFileName, file);
    }

    private async Task PutBytesAsync(Uri uploadUrl, IReadOnlyList<KeyValuePair<string, string>> headers, byte[] bytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        foreach (var (name, value) in headers)
        {
            // Content-* headers belong to the content; the rest go on the request, in the order received.
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase))
            {
                request.Content.Headers.Remove(name);
                request.Content.Headers.TryAddWithoutValidation(name, value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await _uploadClient().SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new BuildiumApiException(
                $"Uploading the file to Buildium's storage failed with {(int)response.StatusCode}: {(body.Length > 300 ? body[..300] : body)}")
            {
                Kind = BuildiumErrorKind.Unexpected,
                StatusCode = response.StatusCode,
                Method = "PUT",
                Endpoint = uploadUrl.GetLeftPart(UriPartial.Path),
            };
        }
    }

    private static string FilesPath(int taskId, int taskHistoryId) => $"v1/tasks/{taskId}/history/{taskHistoryId}/files";
}
