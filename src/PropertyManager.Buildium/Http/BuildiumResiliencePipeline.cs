using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.RateLimiting;
using Polly.Timeout;
using PropertyManager.Buildium.ApiLog;

namespace PropertyManager.Buildium.Http;

/// <summary>
/// The Polly pipeline around every Buildium attempt, outermost first: total time budget, retry with
/// exponential back-off and jitter (honouring Retry-After), circuit breaker, the shared concurrency and
/// rate limiters, then the per-attempt timeout. Limiter waits therefore count against the total budget
/// but not against an attempt.
/// </summary>
internal static class BuildiumResiliencePipeline
{
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, BuildiumOptions options, BuildiumRateLimiters limiters, BuildiumCallCounter? calls = null)
    {
        builder.AddTimeout(options.TotalTimeout);

        if (options.Retry.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.Retry.MaxRetryAttempts,
                Delay = options.Retry.BaseDelay,
                MaxDelay = options.Retry.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            });
        }

        if (options.CircuitBreaker.Enabled)
        {
            builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = options.CircuitBreaker.FailureRatio,
                MinimumThroughput = options.CircuitBreaker.MinimumThroughput,
                SamplingDuration = options.CircuitBreaker.SamplingDuration,
                BreakDuration = options.CircuitBreaker.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsServerFailure(args.Outcome)),
            });
        }

        builder.AddRateLimiter(limiters.Concurrency);
        builder.AddRateLimiter(new RateLimiterStrategyOptions
        {
            RateLimiter = args => AcquireRate(limiters.Rate, calls, args.Context.CancellationToken),
        });
        builder.AddTimeout(options.Timeout);
    }

    /// <summary>A permit of the rate limiter; a call that has to queue for it is counted as waiting while it does.</summary>
    private static ValueTask<RateLimitLease> AcquireRate(RateLimiter rate, BuildiumCallCounter? calls, CancellationToken cancellationToken)
    {
        var lease = rate.AcquireAsync(1, cancellationToken);
        return lease.IsCompleted || calls is null ? lease : WaitAsync(lease, calls);

        static async ValueTask<RateLimitLease> WaitAsync(ValueTask<RateLimitLease> lease, BuildiumCallCounter calls)
        {
            calls.LimiterWaitStarted();
            try
            {
                return await lease;
            }
            finally
            {
                calls.LimiterWaitEnded();
            }
        }
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        var idempotent = BuildiumTransientFailures.IsIdempotent(request?.Method);

        if (outcome.Result is { } response)
        {
            return BuildiumTransientFailures.IsNotProcessedStatus(response.StatusCode)
                || (idempotent && BuildiumTransientFailures.IsTransientServerStatus(response.StatusCode));
        }

        return outcome.Exception switch
        {
            null => false,
            _ when BuildiumTransientFailures.IsConnectFailure(outcome.Exception) => true,
            // A timeout or dropped connection after sending: only safe to repeat for idempotent methods.
            HttpRequestException or TimeoutRejectedException => idempotent,
            _ => false,
        };
    }

    // 429 is Buildium pacing us, not Buildium failing: it must not open the circuit.
    private static bool IsServerFailure(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response
            ? (int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.NotImplemented
            : outcome.Exception is HttpRequestException or TimeoutRejectedException;
}
