using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertyManager.Data.Integration;
using PropertyManager.Tests.Infrastructure;

namespace PropertyManager.Tests.Sync;

/// <summary>Per PUT kind: which seeded record to edit, its edit page, the one field changed, and what a user answers.</summary>
public sealed partial class WriteSafePushTests
{
    private static readonly Dictionary<string, KindEdit> Edits = new(StringComparer.Ordinal)
    {
        ["owners"] = new(
            "/Owners/Edit",
            o => o["IsCompany"]?.GetValue<bool>() == false && o["DateOfBirth"] is JsonValue,
            async (db, id) => (await db.Owners.SingleAsync(o => o.BuildiumOwnerId == id)).Id.ToString(),
            "Input.Comment",
            ["Comment"],
            // The user knows the date of birth Buildium holds and enters it, as the form asks.
            (stored, html) => stored["DateOfBirth"] is JsonValue dob ? [("Input.DateOfBirth", dob.GetValue<string>())] : []),
        ["vendors"] = new(
            "/Vendors/Edit",
            v => v["TaxInformation"]?["TaxPayerIdType"]?.GetValue<string>() == "SSN",
            async (db, id) => (await db.Vendors.SingleAsync(v => v.BuildiumVendorId == id)).Id.ToString(),
            "Input.Notes",
            ["Comments"],
            // Buildium showed the SSN masked: the user enters it in full, as the form asks.
            (stored, html) => html.Contains("tax-id-masked", StringComparison.Ordinal) ? [("Input.TaxId", stored["TaxInformation"]!["TaxPayerId"]!.GetValue<string>())] : []),
        ["glaccounts"] = new(
            "/GlAccounts/Edit",
            g => g["SubType"]?.GetValue<string>() == "CurrentAsset" && g["ParentGLAccountId"] is null,
            async (db, id) => (await db.GlAccounts.SingleAsync(g => g.BuildiumGlAccountId == id)).Id.ToString(),
            "Input.Description",
            ["Description"],
            (stored, html) => html.Contains("cash-asset-unknown", StringComparison.Ordinal)
                ? [("CashAssetInBuildium", stored["IsCashAsset"]?.GetValue<bool>() == true ? "true" : "false")]
                : []),
        ["rentals"] = new("/Properties/Edit", _ => true, async (db, id) => (await db.Properties.SingleAsync(p => p.BuildiumPropertyId == id)).Id.ToString(), "Input.Name", ["Name"]),
        ["units"] = new("/Units/Edit", _ => true, async (db, id) => (await db.Units.SingleAsync(u => u.BuildiumUnitId == id)).Id.ToString(), "Input.Description", ["Description"]),
        ["leases"] = new(
            "/Leases/Edit",
            // Buildium derives the status from the dates and today: a past lease ending a month later is still past.
            l => l["LeaseStatus"]?.GetValue<string>() == "Past" && l["LeaseToDate"] is JsonValue end
                && DateOnly.Parse(end.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) < DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-2),
            async (db, id) => (await db.Leases.SingleAsync(l => l.BuildiumLeaseId == id)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Input.EndDate",
            ["LeaseToDate"],
            Value: stored => DateOnly.Parse(stored["LeaseToDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddMonths(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        ["bankaccounts"] = new("/BankAccounts/Edit", _ => true, async (db, id) => (await db.BankAccounts.SingleAsync(b => b.BuildiumBankId == id)).Id.ToString(), "Input.Description", ["Description"]),
        ["bills"] = new("/Bills/Edit", _ => true, async (db, id) => (await db.Bills.SingleAsync(b => b.BuildiumBillId == id)).Id.ToString(), "Input.Description", ["Memo"]),
        ["tasks"] = new("/Tasks/Edit", _ => true, async (db, id) => (await db.Tasks.SingleAsync(t => t.BuildiumTaskId == id)).Id.ToString(), "Input.Subject", ["Title"]),
        ["workorders"] = new("/WorkOrders/Edit", _ => true, async (db, id) => (await db.WorkOrders.SingleAsync(w => w.BuildiumWorkOrderId == id)).Id.ToString(), "Input.Description", ["WorkDetails"]),
        ["vendorcategories"] = new(
            "/VendorCategories/Edit",
            c => c["IsSystemCategory"]?.GetValue<bool>() != true,
            async (db, id) => (await db.VendorCategories.SingleAsync(c => c.BuildiumCategoryId == id)).Id.ToString(),
            "Input.Name",
            ["Name"]),
        ["taskcategories"] = new(
            "/TaskCategories/Edit",
            c => c["IsSystemCategory"]?.GetValue<bool>() != true,
            async (db, id) => (await db.TaskCategories.SingleAsync(c => c.BuildiumCategoryId == id)).Id.ToString(),
            "Input.Name",
            ["Name"]),
    };

    private sealed record KindEdit(
        string Path,
        Func<JsonObject, bool> Pick,
        Func<Data.AppDbContext, int, Task<string>> LocalId,
        string Field,
        string[] Changes,
        Func<JsonObject, string, IEnumerable<(string Name, string Value)>>? AnswersFor = null,
        Func<JsonObject, string>? Value = null)
    {
        public string NewValue(JsonObject stored) => Value?.Invoke(stored) ?? "Edited on the page " + Guid.NewGuid().ToString("N")[..6];

        public IEnumerable<(string Name, string Value)> Answers(JsonObject stored, string html) => AnswersFor?.Invoke(stored, html) ?? [];

        public async Task<string> PageAsync(TestDatabase database, int buildiumId)
        {
            await using var db = database.CreateContext();
            return $"{Path}/{await LocalId(db, buildiumId)}";
        }
    }
}
