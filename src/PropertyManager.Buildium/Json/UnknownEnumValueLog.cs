using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PropertyManager.Buildium.Json;

/// <summary>
/// Logs each (enum, value) pair Buildium sends that this build does not know, once per process,
/// so a new Buildium value is noticed without flooding the log on every page.
/// </summary>
public sealed class UnknownEnumValueLog
{
    // Static on purpose: "once per process" holds even if several service providers exist.
    private static readonly ConcurrentDictionary<(Type EnumType, string Value), byte> s_seen = new();

    private readonly ILogger<UnknownEnumValueLog> _logger;

    public UnknownEnumValueLog(ILogger<UnknownEnumValueLog> logger)
    {
        _logger = logger;
    }

    public void Report(Type enumType, string value)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        if (s_seen.TryAdd((enumType, value), 0))
        {
            _logger.LogWarning(
                "Buildium sent unknown {EnumType} value {EnumValue}; it is kept as text",
                enumType.Name,
                value);
        }
    }
}
