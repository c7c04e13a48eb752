namespace PropertyManager.Web.Forms;

/// <summary>
/// The Buildium request message a form's input becomes when pushed (e.g. <c>VendorPostMessage</c>); its
/// <see cref="BuildiumFieldAttribute"/> properties take that message's rules (<see cref="BuildiumSchemaRules"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class BuildiumMessageAttribute(string schema) : Attribute
{
    public string Schema { get; } = schema;
}
