using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace PropertyManager.Tests.Webhooks;

/// <summary>Keeps the app's log events for assertions.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
