namespace Guide.Sandbox.Faults;

/// <summary>The command-line names of the fault kinds and one line on each.</summary>
internal static class FaultNames
{
    public static readonly IReadOnlyList<(FaultKind Kind, string Name, string Description)> All =
    [
        (FaultKind.RateLimit, "rate-limit", "429 \"Rate Limit Reached\" with Retry-After (=SECONDS, default 5)"),
        (FaultKind.RateLimitNoRetryAfter, "rate-limit-no-retry-after", "429 \"Rate Limit Reached\" without Retry-After"),
        (FaultKind.ServerError, "server-error", "500, nothing carried out"),
        (FaultKind.Unavailable, "unavailable", "503, nothing carried out"),
        (FaultKind.Slow, "slow", "answer held back (=SECONDS, default 100), past a client's timeout"),
        (FaultKind.Reset, "reset", "connection reset before anything is carried out"),
        (FaultKind.MalformedJson, "malformed-json", "carried out, but the JSON answer is cut in half"),
        (FaultKind.ExpiredToken, "expired-token", "a valid token refused as expired (401) from then on"),
        (FaultKind.LostCreate, "lost-create", "a POST carried out and stored, then the connection dropped"),
        (FaultKind.DropsFields, "drops-fields", "a POST carried out without agent claims or application scopes"),
    ];

    public static string NameOf(FaultKind kind) => All.First(f => f.Kind == kind).Name;

    public static FaultKind? KindOf(string name)
    {
        foreach (var fault in All)
        {
            if (string.Equals(fault.Name, name, StringComparison.OrdinalIgnoreCase))
                return fault.Kind;
        }
        return null;
    }

    /// <summary>Whether <c>=SECONDS</c> means something for the kind.</summary>
    public static bool TakesSeconds(FaultKind kind) => kind is FaultKind.RateLimit or FaultKind.Slow;
}
