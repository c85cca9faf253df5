using System.Globalization;

namespace Guide.Sandbox.Faults;

/// <summary>
/// One fault to inject: which kind, on which requests (method and path prefix, both compared
/// case-insensitively), how many times. As text (the <c>--fault</c> syntax):
/// <c>NAME[=SECONDS][:METHOD][:PATH][:COUNT]</c>, where NAME is one of <see cref="FaultSwitch.Names"/>,
/// SECONDS is the <c>Retry-After</c> of <c>rate-limit</c> or the delay of <c>slow</c>, METHOD an HTTP
/// method, PATH starts with <c>/</c>, and COUNT is a number or <c>*</c> (every time; default 1).
/// Examples: <c>rate-limit</c>, <c>rate-limit=30:GET:/api/Tickets:2</c>, <c>lost-create:POST:/api/Agent</c>,
/// <c>slow=45</c>, <c>server-error:*</c>.
/// </summary>
public sealed partial record FaultRule
{
    public required FaultKind Kind { get; init; }

    /// <summary>Only requests with this method; null for any. <c>lost-create</c> defaults to POST.</summary>
    public string? Method { get; init; }

    /// <summary>Only paths starting with this; <c>/</c> for any. <c>lost-create</c> and <c>expired-token</c> default to <c>/api/</c>.</summary>
    public string PathPrefix { get; init; } = "/";

    /// <summary>How many times it fires; null for every matching request.</summary>
    public int? Count { get; init; } = 1;

    /// <summary>The <c>Retry-After</c> of <see cref="FaultKind.RateLimit"/> or the delay of <see cref="FaultKind.Slow"/>; null for the default.</summary>
    public TimeSpan? Seconds { get; init; }

    /// <summary>A rule for <paramref name="kind"/> with that kind's default method and path.</summary>
    public static FaultRule For(FaultKind kind) => kind switch
    {
        FaultKind.LostCreate or FaultKind.DropsFields => new FaultRule { Kind = kind, Method = "POST", PathPrefix = "/api/" },
        FaultKind.ExpiredToken => new FaultRule { Kind = kind, PathPrefix = "/api/" },
        _ => new FaultRule { Kind = kind },
    };

    internal TimeSpan RetryAfter => Seconds ?? TimeSpan.FromSeconds(5);

    internal TimeSpan Delay => Seconds ?? TimeSpan.FromSeconds(100);

    internal bool Matches(string method, string path) =>
        (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && path.StartsWith(PathPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The rule in the <c>--fault</c> syntax; parsing it gives the rule back.</summary>
    public override string ToString()
    {
        var seconds = Seconds is { } s ? "=" + ((int)s.TotalSeconds).ToString(CultureInfo.InvariantCulture) : "";
        var method = Method is null ? "" : ":" + Method;
        var count = Count is { } c ? c.ToString(CultureInfo.InvariantCulture) : "*";
        return $"{FaultNames.NameOf(Kind)}{seconds}{method}:{PathPrefix}:{count}";
    }
}
