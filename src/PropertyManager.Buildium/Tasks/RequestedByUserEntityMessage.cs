using PropertyManager.Buildium.Json;

namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>RequestedByUserEntityMessage</c> (read shape).</summary>
public sealed class RequestedByUserEntityMessage
{
    public BuildiumEnumValue<RequestedByUserEntityType> Type { get; set; }

    public int? Id { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public bool IsCompany { get; set; }

    public string? Href { get; set; }
}
