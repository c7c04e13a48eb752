namespace PropertyManager.Buildium.Bills;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum MarkupType
{
    Percent,
    Amount,
}
