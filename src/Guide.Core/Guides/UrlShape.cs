namespace Guide.Core.Guides;

/// <summary>How a URL value is normalised beyond the common rules.</summary>
public enum UrlShape
{
    /// <summary>Kept as typed, trailing slashes removed.</summary>
    Any,

    /// <summary>Only scheme, host and port are kept (a web address).</summary>
    Origin,

    /// <summary>The path ends in exactly one <c>/api</c> (a HaloPSA Resource Server).</summary>
    Api,
}
