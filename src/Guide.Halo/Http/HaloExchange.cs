namespace Guide.Halo.Http;

/// <summary>What came back from one send: an answer, or why there was none.</summary>
/// <param name="Status">The HTTP status, or 0 when no answer arrived.</param>
/// <param name="RetryAfter">The server's Retry-After, when it gave one.</param>
/// <param name="Failure">Why no (whole) answer arrived: a timeout, a refused or reset connection.</param>
internal sealed record HaloExchange(int Status, string Body, TimeSpan? RetryAfter, string? Failure, bool TimedOut)
{
    /// <summary>The JSON of a successful answer, once read; null when there was none or it did not parse.</summary>
    public System.Text.Json.Nodes.JsonNode? Json { get; init; }

    /// <summary>A successful answer whose body is not JSON: cut off, or not Halo's.</summary>
    public bool Garbled { get; init; }

    public bool Answered => Status != 0;

    public bool IsSuccess => Status is >= 200 and < 300;
}
