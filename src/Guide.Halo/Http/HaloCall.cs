namespace Guide.Halo.Http;

/// <summary>One request, described before it is sent.</summary>
/// <param name="Name">How messages name it: "GET /api/Agent/me". Never holds a secret.</param>
/// <param name="Idempotent">Safe to send again after a timeout or a 5xx answer.</param>
/// <param name="Authenticated">Carries the Bearer token (authinfo does not).</param>
internal sealed record HaloCall(
    string Method,
    Uri Url,
    string Name,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    string? JsonBody,
    IReadOnlyList<KeyValuePair<string, string>>? Form,
    bool Idempotent,
    bool Authenticated);
