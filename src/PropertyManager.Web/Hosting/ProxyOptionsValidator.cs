using System.Net;
using Microsoft.Extensions.Options;

namespace PropertyManager.Web.Hosting;

/// <summary>Refuses to start with a proxy address or network that does not parse: a typo would silently trust nobody.</summary>
public sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        failures.AddRange(options.KnownProxies
            .Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"Proxy:KnownProxies has '{p}', which is not an IP address (e.g. 10.0.0.5)."));
        failures.AddRange(options.KnownNetworks
            .Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => $"Proxy:KnownNetworks has '{n}', which is not a network in CIDR notation (e.g. 10.0.0.0/24)."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
