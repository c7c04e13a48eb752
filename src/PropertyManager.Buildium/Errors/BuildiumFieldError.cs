namespace PropertyManager.Buildium.Errors;

/// <summary>One entry of Buildium's <c>Errors</c> array: <c>Key</c> is the field name, <c>Value</c> the message.</summary>
public sealed record BuildiumFieldError(string? Key, string? Value);
