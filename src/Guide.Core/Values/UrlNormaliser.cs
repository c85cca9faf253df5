using Guide.Core.Guides;

namespace Guide.Core.Values;

/// <summary>
/// Turns what people paste for a HaloPSA address into one canonical form (case H08):
/// a missing scheme becomes https, host and scheme go lower case, default ports and trailing
/// slashes go, and a Resource Server ends in exactly one <c>/api</c>.
/// </summary>
public static class UrlNormaliser
{
    public sealed record Result(string? Url, string? Error, string? Warning);

    public static Result Normalise(string text, UrlShape shape)
    {
        var candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (text.Contains(' ', StringComparison.Ordinal) || !Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            return new(null, "is not a web address (expected something like https://example.halopsa.com)", null);
        if (uri.Scheme is not ("https" or "http"))
            return new(null, $"must start with https:// (not {uri.Scheme}://)", null);
        if (uri.UserInfo.Length > 0)
            return new(null, "must not contain a user name or password", null);
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return new(null, "must not contain '?' or '#' parts; copy only the address", null);
        if (uri.Scheme == "http" && !HaloHost.IsLoopback(uri.Host))
            return new(null, "must use https:// (plain http is allowed only for this machine's loopback address)", null);

        var origin = $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}";
        var path = uri.AbsolutePath.TrimEnd('/');
        string? warning = null;
        switch (shape)
        {
            case UrlShape.Origin:
                if (path.Length > 0)
                    warning = $"only the address is kept; the path {path} was dropped";
                path = "";
                break;
            case UrlShape.Api:
                if (path.EndsWith("/api", StringComparison.OrdinalIgnoreCase))
                    path = path[..^4];
                else if (path.Length > 0)
                    warning = "a Resource Server usually ends in /api; /api was added";
                path += "/api";
                break;
        }
        return new(origin + path, null, warning);
    }
}
