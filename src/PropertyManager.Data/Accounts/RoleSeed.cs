namespace PropertyManager.Data.Accounts;

/// <summary>The seeded roles, with fixed ids and stamps so the model (and so the migrations) never change by themselves.</summary>
internal static class RoleSeed
{
    public static AppRole[] Rows { get; } =
    [
        Row("6f1c1a52-7d1e-4b43-9d3a-0a0d6f7e2a01", Roles.Admin),
        Row("6f1c1a52-7d1e-4b43-9d3a-0a0d6f7e2a02", Roles.Manager),
        Row("6f1c1a52-7d1e-4b43-9d3a-0a0d6f7e2a03", Roles.Viewer),
        Row("6f1c1a52-7d1e-4b43-9d3a-0a0d6f7e2a04", Roles.Accountant),
    ];

    private static AppRole Row(string id, string name) => new()
    {
        Id = Guid.Parse(id),
        Name = name,
        NormalizedName = name.ToUpperInvariant(),
        ConcurrencyStamp = id,
    };
}
