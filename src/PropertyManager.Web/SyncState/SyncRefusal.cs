using System.Text.RegularExpressions;
using PropertyManager.Data.Integration;
using PropertyManager.Sync.Push;

namespace PropertyManager.Web.SyncState;

/// <summary>
/// A push Buildium refused (400/422), read back from the outbox note, in plain words: each field Buildium named, the
/// label of our form field it comes from and a link to that input on the record's edit page.
/// </summary>
public sealed partial record SyncRefusal(string Summary, IReadOnlyList<SyncRefusal.Field> Fields, string? EditUrl)
{
    /// <summary>Edit pages by kind: the links go to the input (its id is the bound name, <c>Input_X</c>).</summary>
    private static readonly Dictionary<string, string> _editPages = new(StringComparer.Ordinal)
    {
        [SyncEntityTypes.Property] = "/Properties/Edit/",
        [SyncEntityTypes.Unit] = "/Units/Edit/",
        [SyncEntityTypes.Owner] = "/Owners/Edit/",
        [SyncEntityTypes.Lease] = "/Leases/Edit/",
        [SyncEntityTypes.Vendor] = "/Vendors/Edit/",
        [SyncEntityTypes.Bill] = "/Bills/Edit/",
        [SyncEntityTypes.Task] = "/Tasks/Edit/",
        [SyncEntityTypes.WorkOrder] = "/WorkOrders/Edit/",
        [SyncEntityTypes.GlAccount] = "/GlAccounts/Edit/",
        [SyncEntityTypes.BankAccount] = "/BankAccounts/Edit/",
    };

    /// <summary>Buildium's field name (last segment of its key) → our input and its label, where they differ by kind.</summary>
    private static readonly Dictionary<(string Kind, string Key), (string Input, string Label)> _byKind = new()
    {
        [(SyncEntityTypes.Task, "Title")] = ("Subject", "Subject"),
        [(SyncEntityTypes.Task, "AssignedToUserId")] = ("AssignedTo", "Assigned to"),
        [(SyncEntityTypes.Task, "DueDate")] = ("ScheduledDate", "Scheduled"),
        [(SyncEntityTypes.Task, "TaskStatus")] = ("Status", "Status"),
        [(SyncEntityTypes.Task, "CategoryId")] = ("Category", "Category"),
        [(SyncEntityTypes.WorkOrder, "Title")] = ("Subject", "Subject"),
        [(SyncEntityTypes.WorkOrder, "AssignedToUserId")] = ("AssignedTo", "Assigned to"),
        [(SyncEntityTypes.WorkOrder, "WorkDetails")] = ("Description", "Description"),
        [(SyncEntityTypes.WorkOrder, "DueDate")] = ("ScheduledDate", "Scheduled"),
    };

    /// <summary>Field names shared by the forms (addresses above all), with the label a person sees.</summary>
    private static readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal)
    {
        ["AddressLine1"] = "Address line 1",
        ["AddressLine2"] = "Address line 2",
        ["City"] = "City",
        ["State"] = "State",
        ["PostalCode"] = "Postal code",
        ["Country"] = "Country",
        ["Name"] = "Name",
        ["UnitNumber"] = "Unit number",
        ["MarketRent"] = "Market rent",
        ["FirstName"] = "First name",
        ["LastName"] = "Last name",
        ["CompanyName"] = "Company name",
        ["Email"] = "E-mail",
        ["Description"] = "Description",
        ["Priority"] = "Priority",
        ["PropertyId"] = "Property",
        ["UnitId"] = "Unit",
    };

    public sealed record Field(string Label, string Message, string? Link);

    /// <summary>Null unless <paramref name="note"/> is a refusal; Buildium's own words stay in <see cref="Summary"/>.</summary>
    public static SyncRefusal? From(string? note, string kind, Guid id)
    {
        if (note is null || !note.StartsWith(PushAttemptNote.RejectedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var text = note[PushAttemptNote.RejectedPrefix.Length..];
        var editUrl = _editPages.TryGetValue(kind, out var page) ? page + id : null;
        var fieldsAt = text.IndexOf(" Fields: ", StringComparison.Ordinal);
        var said = Said().Match(fieldsAt < 0 ? text : text[..fieldsAt]);
        var summary = said.Success ? said.Groups["message"].Value.TrimEnd('.') : (fieldsAt < 0 ? text : text[..fieldsAt]);
        var fields = new List<Field>();
        if (fieldsAt >= 0)
        {
            foreach (var part in text[(fieldsAt + " Fields: ".Length)..].Split("; ", StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = part.IndexOf(": ", StringComparison.Ordinal);
                var key = colon < 0 ? string.Empty : part[..colon];
                var message = colon < 0 ? part : part[(colon + 2)..];
                var name = Index().Replace(key[(key.LastIndexOf('.') + 1)..], string.Empty);
                string? input;
                string label;
                if (_byKind.TryGetValue((kind, name), out var known))
                {
                    (input, label) = known;
                }
                else if (_labels.TryGetValue(name, out var common))
                {
                    (input, label) = (name, common);
                }
                else
                {
                    (input, label) = (null, name.Length == 0 ? "The record" : name);
                }

                fields.Add(new Field(label, message, editUrl is null ? null : input is null ? editUrl : $"{editUrl}#Input_{input}"));
            }
        }

        return new SyncRefusal(summary, fields, editUrl);
    }

    [GeneratedRegex(@"failed with \d+ \w+: (?<message>.*)$", RegexOptions.Singleline)]
    private static partial Regex Said();

    [GeneratedRegex(@"\[\d+\]$")]
    private static partial Regex Index();
}
