namespace PropertyManager.Buildium.Common;

/// <summary>Buildium <c>LookupMessage</c> (read shape).</summary>
public sealed class LookupMessage
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
