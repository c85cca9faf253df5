namespace Guide.Sandbox.Faults;

/// <summary>The kinds of fault the simulator can inject; see <see cref="FaultRule"/> for their names.</summary>
public enum FaultKind
{
    /// <summary><c>rate-limit</c>: 429 with <c>Retry-After</c> (seconds from the rule, default 5).</summary>
    RateLimit,

    /// <summary><c>rate-limit-no-retry-after</c>: 429 without <c>Retry-After</c>.</summary>
    RateLimitNoRetryAfter,

    /// <summary><c>server-error</c>: 500, the request not carried out.</summary>
    ServerError,

    /// <summary><c>unavailable</c>: 503, the request not carried out.</summary>
    Unavailable,

    /// <summary><c>slow</c>: the answer held back (seconds from the rule, default 100), then given.</summary>
    Slow,

    /// <summary><c>reset</c>: the connection aborted before the request is carried out.</summary>
    Reset,

    /// <summary><c>malformed-json</c>: the request carried out, its JSON answer cut in half.</summary>
    MalformedJson,

    /// <summary><c>expired-token</c>: a valid Bearer token treated as expired (401) and revoked.</summary>
    ExpiredToken,

    /// <summary><c>lost-create</c>: the request carried out and stored, then the connection aborted.</summary>
    LostCreate,

    /// <summary>
    /// <c>drops-fields</c>: a POST carried out, but an agent's <c>claims</c> and an application's
    /// <c>scopes</c> not kept, as Halo might ignore fields it does not accept [I]. What a
    /// read-back must catch.
    /// </summary>
    DropsFields,
}
