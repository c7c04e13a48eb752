using PropertyManager.BuildiumEmulator.Contracts;

namespace PropertyManager.BuildiumEmulator.Infrastructure;

/// <summary>The account's staff users: assignees, property managers and authors of task history.</summary>
internal static class StaffDirectory
{
    /// <summary>The user the API key acts as; API changes are attributed to it.</summary>
    public const int ApiUserId = 1;

    private static readonly (int Id, string FirstName, string LastName, string Email, string Phone)[] _staff =
    [
        (1, "Api", "Integration", "api@emulated-pm.example", "(617) 555-0100"),
        (2, "Morgan", "Reyes", "morgan.reyes@emulated-pm.example", "(617) 555-0101"),
        (3, "Jordan", "Whitaker", "jordan.whitaker@emulated-pm.example", "(617) 555-0102"),
        (4, "Priya", "Natarajan", "priya.natarajan@emulated-pm.example", "(617) 555-0103"),
        (5, "Casey", "O'Donnell", "casey.odonnell@emulated-pm.example", "(617) 555-0104"),
    ];

    // Users who are not assignable staff: a former employee and the portal logins of an owner and a vendor,
    // so /v1/users' status and usertypes filters have something to tell apart.
    private static readonly (int Id, string[] Types, bool IsActive, string? FirstName, string? LastName, string? Company, string Email, int RoleId)[] _others =
    [
        (6, ["Staff"], false, "Dana", "Kowalski", null, "dana.kowalski@emulated-pm.example", 2),
        (7, ["RentalOwner"], true, "Avery", "Lindqvist", null, "avery.lindqvist@owners.example", 3),
        (8, ["Vendor"], true, null, null, "Harbor Plumbing Co", "office@harborplumbing.example", 3),
    ];

    private static readonly UserRoleMessage[] _roles =
    [
        new() { Id = 1, Name = "Administrator", Description = "Full access to the account.", NumberOfUsers = 2 },
        new() { Id = 2, Name = "Property Manager", Description = "Manages properties, tasks and work orders.", NumberOfUsers = 4 },
        new() { Id = 3, Name = "Portal User", Description = "Owner and vendor portal access.", NumberOfUsers = 2 },
    ];

    public static IReadOnlyList<int> Ids { get; } = [.. _staff.Select(s => s.Id)];

    public static bool Exists(int id) => _staff.Any(s => s.Id == id);

    public static PropertyManagerMessage? Manager(int? id) => _staff.Where(s => s.Id == id).Select(s => new PropertyManagerMessage
    {
        Id = s.Id,
        FirstName = s.FirstName,
        LastName = s.LastName,
        CompanyName = null,
        IsCompany = false,
        ProfilePhotoUrl = null,
        Email = s.Email,
        PhoneNumbers = [new PhoneNumberMessage { Number = s.Phone, Type = "Office" }],
    }).FirstOrDefault();

    /// <summary>Every user of the account as /v1/users serves them (staff first, then the others).</summary>
    public static IEnumerable<UserMessage> Users()
    {
        foreach (var s in _staff)
        {
            yield return new UserMessage
            {
                Id = s.Id,
                UserTypes = ["Staff"],
                IsActive = true,
                LastLogin = new DateTime(2025, 6, 30, 13, 0, 0, DateTimeKind.Utc).AddHours(-s.Id),
                FirstName = s.FirstName,
                LastName = s.LastName,
                CompanyName = null,
                Email = s.Email,
                AlternateEmail = null,
                PhoneNumbers = [new PhoneNumberMessage { Number = s.Phone, Type = "Office" }],
                UserRole = Role(s.Id == ApiUserId ? 1 : 2),
                IsCompany = false,
            };
        }

        foreach (var o in _others)
        {
            yield return new UserMessage
            {
                Id = o.Id,
                UserTypes = [.. o.Types],
                IsActive = o.IsActive,
                LastLogin = null,
                FirstName = o.FirstName,
                LastName = o.LastName,
                CompanyName = o.Company,
                Email = o.Email,
                AlternateEmail = null,
                PhoneNumbers = [],
                UserRole = Role(o.RoleId),
                IsCompany = o.Company is not null,
            };
        }
    }

    private static UserRoleMessage Role(int id)
    {
        var role = _roles.First(r => r.Id == id);
        return new UserRoleMessage { Id = role.Id, Name = role.Name, Description = role.Description, NumberOfUsers = role.NumberOfUsers };
    }

    public static TaskHistoryUserMessage HistoryUser(int id)
    {
        var staff = _staff.FirstOrDefault(s => s.Id == id);
        return new TaskHistoryUserMessage
        {
            Id = id,
            FirstName = staff.FirstName,
            LastName = staff.LastName,
            Href = null,
            UserType = "Staff",
        };
    }
}
