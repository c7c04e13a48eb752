namespace PropertyManager.Buildium.Banking;

/// <summary>Status filter of bank accounts.</summary>
public enum BankAccountStatus
{
    Active,
    InActive,
}
