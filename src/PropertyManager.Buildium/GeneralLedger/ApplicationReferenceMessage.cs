namespace PropertyManager.Buildium.GeneralLedger;

/// <summary>Buildium <c>ApplicationReferenceMessage</c> (read shape).</summary>
public sealed class ApplicationReferenceMessage
{
    public int Id { get; set; }

    public string? Href { get; set; }
}
