namespace Guide.Halo.Http;

/// <summary>What the retries of one call have used up so far.</summary>
internal sealed class RetryState
{
    public int RateLimited { get; set; }

    public TimeSpan RateLimitWaited { get; set; }

    public int Attempts { get; set; }
}
