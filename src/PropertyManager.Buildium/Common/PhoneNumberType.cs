namespace PropertyManager.Buildium.Common;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum PhoneNumberType
{
    NotSet,
    Home,
    Office,
    Cell,
    Personal,
    Fax,
    Other,
}
