namespace PropertyManager.Buildium;

/// <summary>Placeholder until the client lands.</summary>
public sealed class BuildiumOptions
{
    public const string SectionName = "Buildium";
}
