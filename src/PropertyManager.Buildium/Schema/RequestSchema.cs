namespace PropertyManager.Buildium.Schema;

/// <summary>A Buildium request message (e.g. <c>VendorPostMessage</c>) and its properties.</summary>
public sealed record RequestSchema(string Name, IReadOnlyList<RequestField> Fields)
{
    public RequestField? Field(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
