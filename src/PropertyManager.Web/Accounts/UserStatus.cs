namespace PropertyManager.Web.Accounts;

public enum UserStatus
{
    Active,

    /// <summary>Too many wrong passwords: signs in again when the lockout ends.</summary>
    LockedOut,

    /// <summary>Turned off by an administrator until enabled again.</summary>
    Disabled,
}
