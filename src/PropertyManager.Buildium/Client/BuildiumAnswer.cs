namespace PropertyManager.Buildium.Client;

/// <summary>A successful response, deserialized, with the list header the client needs.</summary>
internal readonly record struct BuildiumAnswer<T>(T Value, int? TotalCount);
