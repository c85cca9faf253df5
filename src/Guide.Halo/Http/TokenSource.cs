using System.Text.Json.Nodes;
using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Halo.Json;

namespace Guide.Halo.Http;

/// <summary>
/// Client-credentials tokens (RFC 6749 section 4.4): form-encoded, the tenant only in the query
/// string and only when there is one (H02, H03), the scope always sent (a token asked for
/// without one is useless). A token is kept until shortly before it expires, and renewed once
/// when the API refuses it (H10).
/// </summary>
internal sealed class TokenSource(HaloSender sender, HaloTarget target, ClientCredentials credentials, IReadOnlyList<string> scopes)
{
    private string? _token;
    private DateTimeOffset _renewAt;

    /// <summary>The scopes HaloPSA granted with the current token; null before the first.</summary>
    public IReadOnlyList<string>? Granted { get; private set; }

    /// <summary>False when the token answer had no "scope" field at all (case H04).</summary>
    public bool ScopeStated { get; private set; }

    public string CallName => $"POST {new Uri(target.TokenUrl).AbsolutePath}";

    public async Task<(string? Token, Problem? Problem)> GetAsync(CancellationToken cancellationToken)
    {
        var clock = sender.Options.Clock;
        if (_token is not null && clock.GetUtcNow() < _renewAt)
            return (_token, null);

        var unknown = scopes.Where(s => !HaloScopes.IsKnown(s)).ToList();
        if (unknown.Count > 0)
            return (null, Problems.UnknownScopes(unknown));

        var call = new HaloCall("POST", new Uri(target.TokenUrl), CallName, [],
            JsonBody: null,
            Form:
            [
                new("grant_type", "client_credentials"),
                new("client_id", credentials.ClientId),
                new("client_secret", credentials.Secret),
                new("scope", string.Join(' ', scopes)),
            ],
            Idempotent: true,
            Authenticated: false);
        var (exchange, state) = await sender.SendAsync(call, bearer: null, cancellationToken).ConfigureAwait(false);
        if (!exchange.IsSuccess)
            return (null, Refusal(call.Name, exchange, state));

        var json = exchange.Json as JsonObject;
        var token = json is null ? null : JsonRead.String(JsonRead.Find(json, "access_token"));
        if (string.IsNullOrEmpty(token))
            return (null, Problems.TokenUnreadable(call.Name, exchange.Status));

        var lifetime = TimeSpan.FromSeconds(JsonRead.Int(JsonRead.Find(json!, "expires_in")) ?? 3600);
        _token = token;
        _renewAt = clock.GetUtcNow() + lifetime - sender.Options.RenewBefore;
        var scopeText = JsonRead.String(JsonRead.Find(json!, "scope"));
        ScopeStated = scopeText is not null;
        Granted = (scopeText ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (_token, null);
    }

    /// <summary>Forgets the token, so that the next call asks for a new one.</summary>
    public void Invalidate() => _token = null;

    private Problem Refusal(string name, HaloExchange exchange, RetryState state)
    {
        var body = exchange.Status is 400 or 401 ? JsonRead.Parse(exchange.Body) as JsonObject : null;
        var error = body is null ? "" : JsonRead.String(JsonRead.Find(body, "error")) ?? "";
        var detail = SafeText.From(body is null ? null : JsonRead.String(JsonRead.Find(body, "error_description")), credentials.Secret);
        return error switch
        {
            "invalid_client" => Problems.InvalidClient(name),
            "invalid_scope" => Problems.InvalidScope(name, detail),
            _ when exchange.Status is 400 or 401 => Problems.TokenRefused(name, exchange.Status, SafeText.From(error, credentials.Secret, 40), detail),
            _ => ReplyMapper.Failure(name, exchange, state, credentials.Secret),
        };
    }
}
