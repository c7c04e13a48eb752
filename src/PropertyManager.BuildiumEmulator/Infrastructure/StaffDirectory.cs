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
