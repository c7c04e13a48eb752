using System.Net;
using System.Text.Json;
using PropertyManager.Buildium.Client;
using PropertyManager.Buildium.Errors;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tests.Infrastructure;
using PropertyManager.Buildium.Vendors;
using PropertyManager.BuildiumEmulator;

namespace PropertyManager.Buildium.Tests;

public sealed class ErrorTests
{
    [Fact]
    public async Task A_validation_error_carries_the_field_errors()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var existing = await t.Client.VendorCategories.ListAsync().FirstAsync();

        var error = await Should.ThrowAsync<BuildiumValidationException>(
            () => t.Client.VendorCategories.CreateAsync(new VendorCategorySaveMessage { Name = existing.Name! }));

        error.Kind.ShouldBe(BuildiumErrorKind.Validation);
        ((int)error.StatusCode!).ShouldBeOneOf(400, 422);
        error.FieldErrors.ShouldContain(f => f.Key == "Name" && !string.IsNullOrEmpty(f.Value));
        error.Message.ShouldContain("Name");
    }

    [Fact]
    public async Task A_missing_record_is_not_found()
    {
        await using var t = await BuildiumTestHost.StartAsync();

        var error = await Should.ThrowAsync<BuildiumNotFoundException>(() => t.Client.Rentals.GetAsync(987_654_321));

        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        error.UserMessage.ShouldNotBeNullOrEmpty();
        error.Endpoint.ShouldBe("/v1/rentals/987654321");
    }

    [Fact]
    public async Task A_401_names_the_client_id_and_the_settings_without_revealing_the_secret()
    {
        await using var t = await BuildiumTestHost.StartAsync(client: c => c.ClientSecret = "definitely-wrong-secret");

        var error = await Should.ThrowAsync<BuildiumAuthenticationException>(() => t.Client.Rentals.ListAsync().ToListAsync().AsTask());

        error.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        error.Message.ShouldContain(t.ClientId);
        error.Message.ShouldContain("Buildium:ClientSecret");
        error.Message.ShouldNotContain("definitely-wrong-secret");
        t.Emulator.Stats.TotalRequests.ShouldBe(1);
    }

    [Fact]
    public void A_403_says_the_key_lacks_the_permission_for_the_endpoint()
    {
        var error = BuildiumErrorFactory.FromResponse(
            HttpStatusCode.Forbidden, """{"UserMessage":"Forbidden","ErrorCode":null,"Errors":[]}""", "PUT", "/v1/bills/5", "my-client", BuildiumJson.CreateOptions());

        error.ShouldBeOfType<BuildiumPermissionException>();
        error.Message.ShouldContain("lacks the permission for PUT /v1/bills/5");
        error.Message.ShouldContain("my-client");
    }

    [Fact]
    public async Task Garbage_json_in_a_success_response_is_a_typed_format_error()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var id = t.Emulator.Store.GetIds("rentals")[0];
        t.Emulator.Faults.InjectNext(FaultKind.MalformedJson, count: 1, method: "GET", pathPrefix: "/v1/rentals");

        var error = await Should.ThrowAsync<BuildiumResponseFormatException>(() => t.Client.Rentals.GetAsync(id));

        error.StatusCode.ShouldBe(HttpStatusCode.OK);
        error.TargetType.ShouldBe("RentalMessage");
        error.InnerException.ShouldBeAssignableTo<JsonException>();
    }
}
