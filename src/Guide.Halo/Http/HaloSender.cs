using Guide.Core.Automation;
using Guide.Halo.Json;

namespace Guide.Halo.Http;

/// <summary>Sends a call through its retry policy; reads the JSON of a successful answer.</summary>
internal sealed class HaloSender(HaloTransport transport, HaloOptions options, IProgress<Activity>? progress)
{
    public int Requests => transport.Requests;

    public HaloOptions Options => options;

    public async Task<(HaloExchange Exchange, RetryState State)> SendAsync(HaloCall call, string? bearer, CancellationToken cancellationToken)
    {
        var state = new RetryState();
        var pipeline = RetryPolicy.For(call, options, state, progress);
        progress?.Report(new Activity(call.Name));
        var exchange = await pipeline.ExecuteAsync(async token =>
        {
            state.Attempts++;
            var sent = await transport.SendAsync(call, bearer, token).ConfigureAwait(false);
            if (!sent.IsSuccess)
                return sent;
            var json = sent.Body.Length == 0 ? null : JsonRead.Parse(sent.Body);
            return sent with { Json = json, Garbled = sent.Body.Length > 0 && json is null };
        }, cancellationToken).ConfigureAwait(false);
        return (exchange, state);
    }
}
