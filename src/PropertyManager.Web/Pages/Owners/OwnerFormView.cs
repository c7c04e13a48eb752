namespace PropertyManager.Web.Pages.Owners;

/// <summary>What the shared form partial renders: the input and the stored tax id, masked (null: none stored).</summary>
public sealed record OwnerFormView(OwnerInput Input, string? MaskedTaxId);
