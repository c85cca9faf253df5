namespace Guide.Halo.Http;

/// <summary>How patient the client is. Every wait goes through <see cref="Clock"/>.</summary>
public sealed record HaloOptions
{
    /// <summary>How long one request may take before it counts as timed out.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Waiting for HaloPSA's rate limit, in all, before giving up (DESIGN: 2 minutes).</summary>
    public TimeSpan RateLimitBudget { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts of an idempotent call that meets 5xx answers or timeouts.</summary>
    public int ServerErrorAttempts { get; init; } = 3;

    /// <summary>A token is renewed this long before HaloPSA says it expires.</summary>
    public TimeSpan RenewBefore { get; init; } = TimeSpan.FromSeconds(60);

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
