using System.Text.Json.Nodes;
using Guide.Core.Automation;
using Guide.Core.Proof;

namespace Guide.Halo.Http;

/// <summary>
/// One HaloPSA instance seen through one set of credentials: sends API calls with a Bearer
/// token, retries what may be retried, renews the token once on a 401, and turns every failure
/// into a <see cref="Problem"/>.
/// </summary>
internal sealed class HaloConnection : IDisposable
{
    private readonly HaloTransport _transport;
    private readonly HaloSender _sender;
    private readonly Uri _api;
    private readonly ClientCredentials _credentials;

    public HaloConnection(HaloTarget target, ClientCredentials credentials, IReadOnlyList<string> scopes, HaloOptions options, IProgress<Activity>? progress)
    {
        _transport = new HaloTransport(options);
        _sender = new HaloSender(_transport, options, progress);
        _api = new Uri(target.ResourceServer.TrimEnd('/') + "/");
        _credentials = credentials;
        Target = target;
        Tokens = new TokenSource(_sender, target, credentials, scopes);
    }

    public HaloTarget Target { get; }

    public TokenSource Tokens { get; }

    /// <summary>HTTP requests sent so far, token requests and retries included.</summary>
    public int Requests => _sender.Requests;

    public Task<HaloReply> GetAsync(string path, IEnumerable<KeyValuePair<string, string>> query, CancellationToken cancellationToken, bool authenticated = true) =>
        SendAsync("GET", path, [.. query], null, idempotent: true, authenticated, cancellationToken);

    /// <summary>A create or update: never resent after a timeout, since it may have been carried out.</summary>
    public Task<HaloReply> PostAsync(string path, JsonNode body, CancellationToken cancellationToken) =>
        SendAsync("POST", path, [], body.ToJsonString(), idempotent: false, authenticated: true, cancellationToken);

    public Task<HaloReply> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync("DELETE", path, [], null, idempotent: true, authenticated: true, cancellationToken);

    private async Task<HaloReply> SendAsync(string method, string path, IReadOnlyList<KeyValuePair<string, string>> query,
        string? body, bool idempotent, bool authenticated, CancellationToken cancellationToken)
    {
        var url = new Uri(_api, path);
        var call = new HaloCall(method, url, $"{method} {url.AbsolutePath}", query, body, null, idempotent, authenticated);

        for (var renewed = false; ; renewed = true)
        {
            string? bearer = null;
            if (authenticated)
            {
                var (token, problem) = await Tokens.GetAsync(cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                    return HaloReply.Failed(problem);
                bearer = token;
            }

            var (exchange, state) = await _sender.SendAsync(call, bearer, cancellationToken).ConfigureAwait(false);
            if (exchange.IsSuccess && !exchange.Garbled)
                return new HaloReply(exchange.Status, exchange.Json, null);
            if (exchange.Status == 401 && authenticated && !renewed)
            {
                // An expired or revoked token: ask for a new one, once (case H10).
                Tokens.Invalidate();
                continue;
            }
            if (exchange.Status == 401 && authenticated)
                return HaloReply.Failed(Problems.StillUnauthorised(call.Name, Tokens.Granted ?? []));
            return HaloReply.Failed(ReplyMapper.Failure(call.Name, exchange, state, _credentials.Secret));
        }
    }

    public void Dispose() => _transport.Dispose();
}
