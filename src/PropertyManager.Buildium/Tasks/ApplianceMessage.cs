namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium <c>ApplianceMessage</c> (read shape).</summary>
public sealed class ApplianceMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Make { get; set; }

    public string? Model { get; set; }

    public string? Description { get; set; }
}
