namespace PropertyManager.Web.Pages.Bills;

/// <summary>What the shared form partial renders: the input and the dropdowns.</summary>
public sealed record BillFormView(BillInput Input, BillChoices Choices);
