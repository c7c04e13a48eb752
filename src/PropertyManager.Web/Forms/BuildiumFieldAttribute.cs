namespace PropertyManager.Web.Forms;

/// <summary>
/// The property of the input's Buildium message this field is sent as, by dotted path (<c>Address.Country</c>);
/// <see cref="Label"/> is how messages name it ("postal code").
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BuildiumFieldAttribute(string path) : Attribute
{
    public string Path { get; } = path;

    public string? Label { get; init; }
}
