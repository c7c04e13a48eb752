namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium <c>UnitEntityMessage</c> (read shape).</summary>
public sealed class UnitEntityMessage
{
    public int Id { get; set; }

    public string? Href { get; set; }
}
