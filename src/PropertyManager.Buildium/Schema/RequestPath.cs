namespace PropertyManager.Buildium.Schema;

/// <summary>
/// A property reached by a dotted path from a request message (e.g. <c>Address.Country</c> of
/// <c>VendorPostMessage</c>). <see cref="Required"/> holds only when every step is required; when a step on the way
/// is optional (a vendor's address), <see cref="OptionalObject"/> names that object: the leaf is required once any
/// part of that object is given.
/// </summary>
public sealed record RequestPath(string Schema, string Path, RequestField Field, bool Required, string? OptionalObject);
