namespace PropertyManager.Data.Properties;

/// <summary>The documented values of <c>properties.status</c>.</summary>
public static class PropertyStatuses
{
    public const string Active = "Active";
    public const string Inactive = "Inactive";
}
