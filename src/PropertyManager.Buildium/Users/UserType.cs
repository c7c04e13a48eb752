namespace PropertyManager.Buildium.Users;

/// <summary>Buildium's user types (<c>UserMessage.UserTypes</c>, the <c>usertypes</c> filter of <c>/v1/users</c>).</summary>
public enum UserType
{
    Staff,
    RentalOwner,
    Vendor,
}
