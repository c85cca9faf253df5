using System.Globalization;
using RestSharp;

namespace Guide.Halo.Http;

/// <summary>
/// Sends one request with RestSharp and reports what came back, counting every request. Never
/// throws for HTTP or network failures, never follows redirects (a redirected API call means a
/// wrong address), and never logs headers or bodies.
/// </summary>
internal sealed class HaloTransport : IDisposable
{
    private readonly RestClient _client;
    private int _requests;

    public HaloTransport(HaloOptions options)
    {
        var restOptions = new RestClientOptions
        {
            Timeout = options.Timeout,
            FollowRedirects = false,
            ThrowOnAnyError = false,
            UserAgent = "Guide (Liongard-HaloPSA setup)",
            ConfigureMessageHandler = handler => new BoundedResponses(handler),
        };
        _client = new RestClient(restOptions);
    }

    /// <summary>Requests sent so far, retries included.</summary>
    public int Requests => _requests;

    public async Task<HaloExchange> SendAsync(HaloCall call, string? bearer, CancellationToken cancellationToken)
    {
        var request = new RestRequest(call.Url, call.Method switch
        {
            "GET" => Method.Get,
            "POST" => Method.Post,
            "DELETE" => Method.Delete,
            _ => throw new ArgumentOutOfRangeException(nameof(call), call.Method, "unsupported method"),
        });
        foreach (var (key, value) in call.Query)
            request.AddQueryParameter(key, value);
        if (bearer is not null)
            request.AddHeader("Authorization", "Bearer " + bearer);
        if (call.JsonBody is not null)
            request.AddStringBody(call.JsonBody, ContentType.Json);
        if (call.Form is not null)
        {
            request.AlwaysMultipartFormData = false;
            foreach (var (key, value) in call.Form)
                request.AddParameter(key, value, ParameterType.GetOrPost);
        }
        request.AddHeader("Accept", "application/json");

        Interlocked.Increment(ref _requests);
        var response = await _client.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        if (response.ResponseStatus == ResponseStatus.TimedOut)
            return new HaloExchange(0, "", null, "no answer in time", TimedOut: true);
        // RestSharp marks a 4xx or 5xx answer as an error too; only a missing status means no answer.
        if (response.StatusCode == 0)
        {
            // A reset connection, a refused one, a failed TLS handshake or a cut-off answer.
            return new HaloExchange(0, "", null, Describe(response.ErrorException), TimedOut: false);
        }
        return new HaloExchange((int)response.StatusCode, response.Content ?? "", RetryAfter(response), null, TimedOut: false);
    }

    private static string Describe(Exception? error) => error switch
    {
        null => "the connection failed",
        HttpRequestException { InnerException: { } inner } => inner.Message,
        _ => error.Message,
    };

    private static TimeSpan? RetryAfter(RestResponse response)
    {
        var header = response.Headers?.FirstOrDefault(h => string.Equals(h.Name, "Retry-After", StringComparison.OrdinalIgnoreCase));
        if (header?.Value is not string text)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when))
            return when - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    public void Dispose() => _client.Dispose();
}
