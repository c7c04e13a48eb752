namespace PropertyManager.Web.Security;

/// <summary>Names of the rate limiting policies, for <c>RequireRateLimiting</c> and <c>[EnableRateLimiting]</c>.</summary>
public static class RateLimitPolicies
{
    public const string Login = "login";
    public const string Webhooks = "webhooks";
}
