using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class FileTests
{
    [Fact]
    public async Task Two_step_upload_then_find_download_and_delete()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        const string Files = "/v1/tasks/400001/history/";
        var historyId = (await client.GetArrayAsync("/v1/tasks/400001/history"))[0]!.Id();
        var filesPath = $"{Files}{historyId}/files";
        var before = (await client.GetArrayAsync(filesPath)).Count;

        // Step 1: metadata.
        using var ticket = await client.PostAsync($"{filesPath}/uploads", TestEmulator.Json(new { FileName = "invoice.pdf" }));
        ticket.StatusCode.ShouldBe(HttpStatusCode.Created);
        var upload = await ticket.ReadJsonAsync();
        var physicalName = upload["PhysicalFileName"]!.GetValue<string>();
        var uploadUrl = upload["UploadUrl"]!.GetValue<string>();
        uploadUrl.ShouldStartWith(emulator.BaseAddress.ToString().TrimEnd('/'));

        // Step 2: raw bytes to the storage URL, with the returned headers and no Buildium credentials.
        using var storage = new HttpClient();
        var bytes = Encoding.UTF8.GetBytes(new string('x', 3000));
        using var missingHeaders = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(bytes) };
        (await storage.SendAsync(missingHeaders)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var put = new HttpRequestMessage(HttpMethod.Put, uploadUrl) { Content = new ByteArrayContent(bytes) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        foreach (var (name, value) in upload["Headers"]!.AsObject())
        {
            put.Headers.Add(name, value!.GetValue<string>());
        }

        (await storage.SendAsync(put)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var found = (await client.GetArrayAsync($"/v1/files?physicalfilenames={Uri.EscapeDataString(physicalName)}")).Single()!;
        found["Title"]!.GetValue<string>().ShouldBe("invoice.pdf");
        found["Size"]!.GetValue<int>().ShouldBe(3);
        var listed = await client.GetArrayAsync(filesPath);
        listed.Count.ShouldBe(before + 1);
        (await client.GetJsonAsync($"{Files}{historyId}"))["FileIds"]!.AsArray().Select(i => i!.GetValue<int>()).ShouldContain(found.Id());

        using var download = await client.PostAsync($"{filesPath}/{found.Id()}/downloadrequest", null);
        download.StatusCode.ShouldBe(HttpStatusCode.Created);
        var downloadUrl = (await download.ReadJsonAsync())["DownloadUrl"]!.GetValue<string>();
        (await storage.GetByteArrayAsync(downloadUrl)).ShouldBe(bytes);

        (await client.DeleteAsync($"{filesPath}/{found.Id()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.GetArrayAsync(filesPath)).Count.ShouldBe(before);
    }

    [Fact]
    public async Task Files_of_another_tasks_history_are_not_found()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var historyId = (await client.GetArrayAsync("/v1/tasks/400001/history"))[0]!.Id();

        await (await client.GetAsync($"/v1/tasks/400002/history/{historyId}/files")).ShouldBeBuildiumErrorAsync(404);
        await (await client.PostAsync($"/v1/tasks/400002/history/{historyId}/files/uploads", TestEmulator.Json(new { FileName = "a.txt" }))).ShouldBeBuildiumErrorAsync(404);
    }

    [Fact]
    public async Task Seeded_files_can_be_downloaded()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var file = (await client.GetArrayAsync("/v1/tasks/400000/history/500000/files")).Single()!;

        using var download = await client.PostAsync($"/v1/tasks/400000/history/500000/files/{file.Id()}/downloadrequest", null);
        using var storage = new HttpClient();
        var content = await storage.GetStringAsync((await download.ReadJsonAsync())["DownloadUrl"]!.GetValue<string>());

        content.ShouldContain(file["PhysicalFileName"]!.GetValue<string>());
    }
}
