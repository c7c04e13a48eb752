namespace PropertyManager.Buildium.Banking;

/// <summary>Buildium enumeration; travels as its member name.</summary>
public enum BankAccountType
{
    Checking,
    Savings,
}
