using System.Text.Json;
using System.Text.Json.Nodes;
using PropertyManager.Buildium.Json;
using PropertyManager.Buildium.Tests.Infrastructure;
using PropertyManager.Buildium.Vendors;

namespace PropertyManager.Buildium.Tests;

public sealed class UpdateTests
{
    private static readonly JsonSerializerOptions s_json = BuildiumJson.CreateOptions();

    [Fact]
    public async Task Get_merge_put_changes_one_field_and_keeps_every_other_field()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var vendorId = FirstWith(t, "vendors", v => v["PrimaryEmail"] is not null && v["Address"] is not null && v["PhoneNumbers"]?.AsArray().Count > 0);
        var before = await t.Client.Vendors.GetAsync(vendorId);

        var returned = await t.Client.Vendors.UpdateAsync(vendorId, v => v.Comments = "Changed through GET-merge-PUT");
        var after = await t.Client.Vendors.GetAsync(vendorId);

        after.Comments.ShouldBe("Changed through GET-merge-PUT");
        returned.Comments.ShouldBe(after.Comments);
        WithoutField(after, "Comments").ShouldBe(WithoutField(before, "Comments"));
        t.Emulator.Stats.CountFor("PUT", $"/v1/vendors/{vendorId}").ShouldBe(1);
    }

    [Fact]
    public async Task A_partial_put_would_have_blanked_the_untouched_fields()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var vendorId = FirstWith(t, "vendors", v => v["PrimaryEmail"] is not null && v["Website"] is not null);
        var before = await t.Client.Vendors.GetAsync(vendorId);

        await t.Client.Vendors.ReplaceAsync(vendorId, new VendorPutMessage
        {
            IsCompany = before.IsCompany,
            CategoryId = before.Category!.Id,
            CompanyName = before.CompanyName,
            FirstName = before.FirstName,
            LastName = before.LastName,
            Comments = "Only this field was sent",
        });
        var after = await t.Client.Vendors.GetAsync(vendorId);

        // This is why UpdateAsync exists: Buildium's PUT blanks what the message leaves out.
        before.PrimaryEmail.ShouldNotBeNullOrEmpty();
        after.PrimaryEmail.ShouldBeNullOrEmpty();
        after.Website.ShouldBeNullOrEmpty();
    }

    [Fact]
    public async Task Update_of_a_bill_keeps_its_lines_and_update_of_a_rental_keeps_its_address()
    {
        await using var t = await BuildiumTestHost.StartAsync();
        var billId = FirstWith(t, "bills", b => b["Lines"]?.AsArray().Count > 0);
        var rentalId = t.Emulator.Store.GetIds("rentals")[0];
        var bill = await t.Client.Bills.GetAsync(billId);
        var rental = await t.Client.Rentals.GetAsync(rentalId);

        await t.Client.Bills.UpdateAsync(billId, b => b.Memo = "new memo");
        await t.Client.Rentals.UpdateAsync(rentalId, r => r.Name = "Renamed property");

        WithoutField(await t.Client.Bills.GetAsync(billId), "Memo").ShouldBe(WithoutField(bill, "Memo"));
        WithoutField(await t.Client.Rentals.GetAsync(rentalId), "Name").ShouldBe(WithoutField(rental, "Name"));
    }

    private static int FirstWith(BuildiumTestHost t, string kind, Func<JsonObject, bool> predicate) =>
        t.Emulator.Store.GetIds(kind).First(id => predicate(t.Emulator.Store.Get(kind, id)!));

    private static string WithoutField<T>(T dto, string field)
    {
        var node = JsonSerializer.SerializeToNode(dto, s_json)!.AsObject();
        node.Remove(field);
        return node.ToJsonString();
    }
}
