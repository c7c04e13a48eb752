namespace PropertyManager.Buildium.Tasks;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum TaskPropertyType
{
    Association,
    Rental,
}
