namespace PropertyManager.Web.Pages.Admin.Sensitive;

/// <summary>The model of <c>_RevealButton</c>: shown to administrators beside a masked value that exists.</summary>
public sealed record RevealButton(string Field, Guid Id, bool HasValue);
