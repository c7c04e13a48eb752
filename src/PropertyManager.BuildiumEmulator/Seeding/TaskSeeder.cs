using PropertyManager.BuildiumEmulator.Contracts;
using PropertyManager.BuildiumEmulator.Files;
using PropertyManager.BuildiumEmulator.Infrastructure;
using PropertyManager.BuildiumEmulator.Tasks;

namespace PropertyManager.BuildiumEmulator.Seeding;

/// <summary>Task categories, tasks of all four types with their history (some with files), and work orders on tasks.</summary>
internal static class TaskSeeder
{
    private static readonly string[] _taskTypes = ["ResidentRequest", "Todo", "ContactRequest", "RentalOwnerRequest"];
    private static readonly string[] _statuses = ["New", "New", "InProgress", "InProgress", "Completed", "Deferred", "Closed"];
    private static readonly string[] _priorities = ["Low", "Normal", "Normal", "High"];
    private static readonly string[] _lineMemos = ["Labor", "Parts", "Service call", "Materials"];
    private static readonly string[] _entryAllowed = ["Unknown", "Yes", "No"];

    public static void Seed(SeedContext seed)
    {
        var categories = SeedCategories(seed);
        SeedTasks(seed, categories);
        SeedWorkOrders(seed);
    }

    private static List<TaskCategoryMessage> SeedCategories(SeedContext seed)
    {
        (string Name, bool System, string[] Subs)[] definitions =
        [
            ("General", true, []),
            ("Maintenance Request", true, ["Plumbing", "Electrical", "Appliance", "Heating and Cooling"]),
            ("Complaint", false, ["Noise", "Neighbor"]),
            ("Feedback/Suggestion", false, []),
            ("Owner Request", false, ["Statement", "Renewal"]),
            ("Move In/Move Out", false, []),
        ];
        return [.. definitions.Select(d => seed.Put(seed.Data.TaskCategories, new TaskCategoryMessage
        {
            Name = d.Name,
            IsSystemCategory = d.System,
            SubCategories = [.. d.Subs.Select(s => new TaskSubCategoryMessage { Id = seed.Data.TaskSubCategoryIds.Next(), Name = s })],
        }).Value)];
    }

    private static void SeedTasks(SeedContext seed, List<TaskCategoryMessage> categories)
    {
        var random = seed.Random;
        var owners = seed.Data.Owners.All();
        var units = seed.Data.Units.All();
        for (var t = 0; t < seed.Profile.Tasks; t++)
        {
            var type = _taskTypes[t % _taskTypes.Length];
            var template = random.Pick(SeedNames.TaskTemplates);
            var category = random.Pick(categories);
            var subCategory = category.SubCategories is { Count: > 0 } subs && random.Chance(0.6) ? random.Pick(subs) : null;
            var created = seed.Timestamp();
            var task = new TaskRecord
            {
                TaskType = type,
                Category = new TaskCategoryResponseMessage { Id = category.Id, Name = category.Name, Href = $"/v1/tasks/categories/{category.Id}", SubCategory = subCategory },
                Title = template.Title,
                Description = template.Description,
                AssignedToUserId = random.Chance(0.9) ? random.Between(2, 5) : null,
                TaskStatus = random.Pick(_statuses),
                Priority = random.Pick(_priorities),
                DueDate = random.Chance(0.7) ? SeedContext.Date(created).AddDays(random.Between(3, 45)) : null,
                CreatedDateTime = created,
            };
            switch (type)
            {
                case "ResidentRequest":
                    var (leaseId, tenantId) = seed.LeaseTenants[t % seed.LeaseTenants.Count];
                    var lease = seed.Data.Leases.Find(leaseId)!.Value;
                    var tenant = lease.Tenants!.Count > 0 ? FindTenant(seed, lease, tenantId) : null;
                    Locate(task, lease.PropertyId!.Value, lease.UnitId);
                    task.UnitAgreement = new UnitAgreementMessage { Id = leaseId, Type = "Lease", Href = $"/v1/leases/{leaseId}" };
                    task.RequestedByUserEntity = new RequestedByUserEntityMessage
                    {
                        Type = "RentalTenant",
                        Id = tenantId,
                        FirstName = tenant?.FirstName,
                        LastName = tenant?.LastName,
                        IsCompany = false,
                        Href = $"/v1/leases/tenants/{tenantId}",
                    };
                    task.IsEntryPermittedByResident = random.Chance(0.7);
                    task.DoesResidentHavePets = random.Chance(0.3);
                    task.ResidentEntryNotes = random.Chance(0.3) ? "Please call before entering." : null;
                    break;
                case "RentalOwnerRequest":
                    var owner = owners[t % owners.Count].Value;
                    Locate(task, owner.PropertyIds![0], null);
                    task.RequestedByUserEntity = new RequestedByUserEntityMessage
                    {
                        Type = "RentalOwner",
                        Id = owner.Id,
                        FirstName = owner.FirstName,
                        LastName = owner.LastName,
                        IsCompany = owner.IsCompany ?? false,
                        Href = $"/v1/rentals/owners/{owner.Id}",
                    };
                    break;
                case "ContactRequest":
                    var (first, last) = seed.Person();
                    task.ContactDetail = new ContactDetailMessage
                    {
                        FirstName = first,
                        LastName = last,
                        Email = seed.Email(first, last),
                        PhoneNumbers = new ContactDetailPhoneMessage { Mobile = random.Phone("617") },
                    };
                    if (random.Chance(0.5))
                    {
                        var unit = random.Pick(units);
                        Locate(task, unit.Value.PropertyId!.Value, unit.Id);
                    }

                    break;
                default:
                    if (random.Chance(0.8))
                    {
                        var unit = random.Pick(units);
                        Locate(task, unit.Value.PropertyId!.Value, random.Chance(0.5) ? unit.Id : null);
                    }

                    break;
            }

            SeedHistory(seed, task, t, created);
        }
    }

    private static TenantMessage? FindTenant(SeedContext seed, LeaseMessage lease, int tenantId) =>
        lease.CurrentTenants?.FirstOrDefault(t => t.Id == tenantId)
        ?? seed.Data.Leases.Find(lease.Id!.Value)?.Value.CurrentTenants?.FirstOrDefault();

    private static void Locate(TaskRecord task, int propertyId, int? unitId)
    {
        task.Property = new PropertyMessage { Id = propertyId, Type = "Rental", Href = $"/v1/rentals/{propertyId}" };
        task.UnitId = unitId;
    }

    /// <summary>History entries are seeded with the task, since the task's last update follows its last entry.</summary>
    private static void SeedHistory(SeedContext seed, TaskRecord task, int index, DateTime created)
    {
        var random = seed.Random;
        var entries = random.Between(1, 3);
        var times = Enumerable.Range(0, entries).Select(i => created.AddHours(i * random.Between(2, 72))).ToList();
        task.LastUpdatedDateTime = times[^1];
        var stored = seed.Put(seed.Data.Tasks, task, 0, times[^1]);
        for (var e = 0; e < entries; e++)
        {
            var author = StaffDirectory.HistoryUser(e == 0 ? StaffDirectory.ApiUserId : task.AssignedToUserId ?? 2);
            var entry = seed.Put(seed.Data.TaskHistory, new TaskHistoryMessage
            {
                Priority = task.Priority,
                TaskStatus = e == entries - 1 ? task.TaskStatus : "New",
                AssignedToUserId = task.AssignedToUserId ?? 0,
                DueDate = task.DueDate,
                Message = e == 0 ? task.Description : random.Pick(SeedNames.HistoryMessages),
                SharedWith = [],
                FileIds = [],
                CreatedDateTIme = times[e],
                CreatedByUser = author,
                LastUpdatedDateTime = times[e],
                LastUpdatedByUser = author,
            }, stored.Id, times[e]);

            // Every tenth task carries a photo on its first entry.
            if (e == 0 && index % 10 == 0)
            {
                var fileName = $"photo-{stored.Id}.jpg";
                var file = seed.Put(seed.Data.TaskHistoryFiles, new TaskHistoryFileMessage
                {
                    Title = fileName,
                    PhysicalFileName = $"{seed.Random.Guid():N}-{fileName}",
                    Size = TaskHistoryFilesResource.SizeInKilobytes(random.Between(20_000, 900_000)),
                    ContentType = "image/jpeg",
                    UploadedDateTime = times[e],
                }, entry.Id, times[e]);
                entry.Value.FileIds!.Add(file.Id);
            }
        }
    }

    private static void SeedWorkOrders(SeedContext seed)
    {
        var random = seed.Random;
        var tasks = seed.Data.Tasks.All();
        for (var w = 0; w < seed.Profile.WorkOrders; w++)
        {
            var task = tasks[w % tasks.Count];
            var lineItems = Enumerable.Range(0, random.Between(1, 2)).Select(_ => new WorkOrderLineItemMessage
            {
                GlAccountId = random.Pick(seed.ExpenseGlAccountIds),
                Quantity = random.Between(1, 4),
                Memo = random.Pick(_lineMemos),
                UnitPrice = random.Between(3, 60) * 5,
            }).ToList();
            var updated = task.LastUpdatedUtc.AddHours(random.Between(1, 48));
            seed.Put(seed.Data.WorkOrders, new WorkOrderMessage
            {
                Task = new WorkOrderTaskMessage { Id = task.Id },
                Title = task.Value.Title,
                WorkDetails = task.Value.Description,
                InvoiceNumber = random.Chance(0.5) ? $"WO-{random.Digits(6)}" : null,
                ChargeableTo = "Owner",
                EntryAllowed = random.Pick(_entryAllowed),
                EntryNotes = "Key in the lockbox.",
                VendorId = random.Pick(seed.VendorIds),
                VendorNotes = "Send photos when done.",
                EntryContact = null,
                EntryContacts = [],
                BillTransactionId = null,
                BillTransactionIds = [],
                Amount = Math.Round(lineItems.Sum(l => (l.Quantity ?? 0) * (l.UnitPrice ?? 0)), 2),
                LineItems = lineItems,
            }, 0, updated);
        }
    }
}
