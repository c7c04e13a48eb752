namespace PropertyManager.Web.Pages.BankAccounts;

/// <summary>What the shared form partial renders: the input and the stored numbers, masked (null: none stored).</summary>
public sealed record BankAccountFormView(BankAccountInput Input, string? MaskedAccountNumber, string? MaskedRoutingNumber);
