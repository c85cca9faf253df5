using Guide.Core.Automation;
using Polly;
using Polly.Retry;

namespace Guide.Halo.Http;

/// <summary>
/// When to send a call again (Polly): a 429 always, honouring Retry-After or else backing off
/// 10, 30, 60 s, within a budget of waiting; a 5xx answer, a timeout, a lost connection or a
/// garbled answer only for idempotent calls, a bounded number of times. A create is never sent
/// twice here: its caller looks first (see the API layer).
/// </summary>
internal static class RetryPolicy
{
    private static readonly TimeSpan[] RateLimitBackoff = [TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)];
    private static readonly TimeSpan[] ServerBackoff = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    public static ResiliencePipeline<HaloExchange> For(HaloCall call, HaloOptions options, RetryState state, IProgress<Activity>? progress)
    {
        var builder = new ResiliencePipelineBuilder<HaloExchange> { TimeProvider = options.Clock };
        builder.AddRetry(new RetryStrategyOptions<HaloExchange>
        {
            MaxRetryAttempts = int.MaxValue,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { } exchange && NextDelay(call, options, state, exchange) is not null),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } exchange ? NextDelay(call, options, state, exchange) : null),
            OnRetry = args =>
            {
                var exchange = args.Outcome.Result!;
                if (exchange.Status == 429)
                {
                    state.RateLimited++;
                    state.RateLimitWaited += args.RetryDelay;
                }
                var until = options.Clock.GetUtcNow() + args.RetryDelay;
                progress?.Report(new Activity($"{call.Name}: {Reason(exchange)}; trying again in {args.RetryDelay.TotalSeconds:0} s", until));
                return ValueTask.CompletedTask;
            },
        });
        return builder.Build();
    }

    private static TimeSpan? NextDelay(HaloCall call, HaloOptions options, RetryState state, HaloExchange exchange)
    {
        if (exchange.Status == 429)
        {
            var delay = exchange.RetryAfter ?? RateLimitBackoff[Math.Min(state.RateLimited, RateLimitBackoff.Length - 1)];
            return state.RateLimitWaited + delay <= options.RateLimitBudget ? delay : null;
        }
        var transient = exchange.Status is 500 or 502 or 503 or 504 || !exchange.Answered || exchange.Garbled;
        if (!transient || !call.Idempotent || state.Attempts >= options.ServerErrorAttempts)
            return null;
        return ServerBackoff[Math.Min(state.Attempts - 1, ServerBackoff.Length - 1)];
    }

    private static string Reason(HaloExchange exchange) => exchange switch
    {
        { Status: 429 } => "HaloPSA's rate limit was reached",
        { TimedOut: true } => "no answer in time",
        { Answered: false } => "the connection failed",
        { Garbled: true } => "the answer was garbled",
        _ => $"HaloPSA answered {exchange.Status}",
    };
}
