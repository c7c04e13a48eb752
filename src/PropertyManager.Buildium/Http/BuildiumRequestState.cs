using System.Net;

namespace PropertyManager.Buildium.Http;

/// <summary>
/// Per-call state shared by the handlers of one logical call (all attempts). It records whether the
/// latest attempt was handed to the network and is still unanswered, which is what separates
/// "safe to report as not sent" from "outcome unknown" for a POST.
/// </summary>
internal sealed class BuildiumRequestState
{
    public static readonly HttpRequestOptionsKey<BuildiumRequestState> Key = new("PropertyManager.Buildium.RequestState");

    private int _attempts;
    private volatile bool _awaitingResponse;

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>True while an attempt is on the wire without a complete answer.</summary>
    public bool AwaitingResponse => _awaitingResponse;

    public HttpStatusCode? LastStatus { get; private set; }

    public static BuildiumRequestState? From(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var state) ? state : null;

    public void BeginAttempt()
    {
        Interlocked.Increment(ref _attempts);
        _awaitingResponse = true;
    }

    public void Answered(HttpStatusCode status)
    {
        LastStatus = status;
        _awaitingResponse = false;
    }

    /// <summary>The attempt failed before the request could reach the server (e.g. connection refused).</summary>
    public void NotDelivered() => _awaitingResponse = false;
}
