namespace PropertyManager.BuildiumEmulator.Resources;

/// <summary>A nested collection's parent in the route (e.g. {billId}); a missing parent is a 404.</summary>
internal sealed record ParentRoute(string RouteKey, Func<HttpContext, int, bool> Exists, string NotFoundMessage);
