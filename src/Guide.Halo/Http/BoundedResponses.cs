using System.Net;

namespace Guide.Halo.Http;

/// <summary>
/// Holds every answer to at most <see cref="Limit"/> bytes. No HaloPSA answer Guide asks for comes
/// near it (one page of at most 100 records); a server that sends more, or never stops sending,
/// fails the call instead of filling the memory.
/// </summary>
internal sealed class BoundedResponses(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public const int Limit = 8 * 1024 * 1024;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.Content.Headers.ContentLength > Limit)
        {
            response.Dispose();
            throw TooLarge();
        }
        var original = response.Content;
        var body = await original.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > Limit)
            {
                response.Dispose();
                throw TooLarge();
            }
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        var bounded = new StreamContent(buffer);
        foreach (var header in original.Headers)
            bounded.Headers.TryAddWithoutValidation(header.Key, header.Value);
        response.Content = bounded;
        original.Dispose();
        return response;
    }

    private static HttpRequestException TooLarge() =>
        new($"the answer is larger than {Limit / (1024 * 1024)} MB, which no HaloPSA answer Guide asks for is", null, HttpStatusCode.InsufficientStorage);
}
