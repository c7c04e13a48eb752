using System.Net;
using PropertyManager.BuildiumEmulator.Tests.Infrastructure;

namespace PropertyManager.BuildiumEmulator.Tests;

public sealed class ErrorResponseTests
{
    [Theory]
    [InlineData("/v1/rentals/1")]
    [InlineData("/v1/rentals/units/1")]
    [InlineData("/v1/rentals/owners/1")]
    [InlineData("/v1/leases/1")]
    [InlineData("/v1/bankaccounts/1")]
    [InlineData("/v1/glaccounts/99999")]
    [InlineData("/v1/vendors/1")]
    [InlineData("/v1/vendors/categories/1")]
    [InlineData("/v1/bills/1")]
    [InlineData("/v1/bills/200000/payments/1")]
    [InlineData("/v1/bills/1/payments")]
    [InlineData("/v1/tasks/1")]
    [InlineData("/v1/tasks/todorequests/400000")]
    [InlineData("/v1/tasks/categories/1")]
    [InlineData("/v1/tasks/1/history")]
    [InlineData("/v1/workorders/1")]
    [InlineData("/v1/unknown")]
    [InlineData("/rentals")]
    [InlineData("/v1/Rentals")]
    public async Task Unknown_ids_and_paths_get_404_with_buildium_error_body(string path)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.GetAsync(path);

        (await response.ShouldBeBuildiumErrorAsync(404)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Not_found_message_names_the_resource()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.GetAsync("/v1/rentals/1");

        (await response.ReadJsonAsync())["UserMessage"]!.GetValue<string>().ShouldBe("No property found with the id.");
    }

    [Theory]
    [InlineData("DELETE", "/v1/rentals/1000")]
    [InlineData("DELETE", "/v1/bills/200000")]
    [InlineData("PUT", "/v1/bills/200000/payments/300000")]
    [InlineData("POST", "/v1/tasks")]
    [InlineData("PUT", "/v1/tasks/400000")]
    public async Task Methods_buildium_lacks_get_405_with_buildium_error_body(string method, string path)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.SendJsonAsync(new HttpMethod(method), path, new { });

        await response.ShouldBeBuildiumErrorAsync(405);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Writes_without_json_content_type_get_415(string? contentType)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        using var content = new StringContent("{\"Name\":\"x\"}");
        content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        using var post = await client.PostAsync("/v1/vendors/categories", content);
        await post.ShouldBeBuildiumErrorAsync(415);
        using var put = await client.PutAsync("/v1/vendors/categories/301", content);
        await put.ShouldBeBuildiumErrorAsync(415);
    }

    [Fact]
    public async Task Bill_patch_accepts_json_patch_content_type_and_other_writes_do_not()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var patch = await client.SendJsonAsync(HttpMethod.Patch, "/v1/bills/200000", new { Memo = "patched" }, "application/json-patch+json");
        patch.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await patch.ReadJsonAsync())["Memo"]!.GetValue<string>().ShouldBe("patched");

        using var put = await client.SendJsonAsync(HttpMethod.Put, "/v1/vendors/categories/301", new { Name = "x" }, "application/json-patch+json");
        await put.ShouldBeBuildiumErrorAsync(415);
    }

    [Theory]
    [InlineData("{garbage")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("{\"Name\": 5}")]
    public async Task Garbage_json_gets_400(string body)
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();

        using var response = await client.PostAsync("/v1/vendors/categories", TestEmulator.Json(body));

        await response.ShouldBeBuildiumErrorAsync(400);
    }

    [Fact]
    public async Task Query_string_over_4096_characters_gets_500_as_documented()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = emulator.Client();
        var query = string.Join("&", Enumerable.Range(0, 500).Select(i => $"propertyids={i}"));

        using var response = await client.GetAsync($"/v1/rentals?{query}");

        await response.ShouldBeBuildiumErrorAsync(500);
    }
}
