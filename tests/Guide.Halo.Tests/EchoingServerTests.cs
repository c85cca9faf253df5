using System.Net;
using Guide.Core.Proof;
using Guide.Halo.Proof;
using Guide.Halo.Tests.Support;

namespace Guide.Halo.Tests;

/// <summary>A server that echoes what it was sent, secret included, into its errors: Guide's messages must not.</summary>
public sealed class EchoingServerTests
{
    private const string Secret = "Echoed-Secret-6b1e2f9c";

    [Theory]
    [InlineData(400, "{\"error\":\"invalid_request\",\"error_description\":\"bad client_secret=" + Secret + "\\u001b[31m\"}")]
    [InlineData(401, "{\"error\":\"invalid_grant\",\"error_description\":\"" + Secret + "\"}")]
    [InlineData(500, "Internal error while checking " + Secret)]
    [InlineData(200, "not json " + Secret)]
    public async Task A_server_echoing_the_secret_never_gets_it_into_a_message(int status, string body)
    {
        using var listener = FixedAnswerServer.Start(status, body, out var port);
        var target = new HaloTarget($"http://127.0.0.1:{port}/api", $"http://127.0.0.1:{port}/auth", null);

        var result = await new ProofRunner(Sim.Options()).ProveAsync(
            new ProofRequest(target, new ClientCredentials("client", Secret), null, ProofRequest.LiongardScopes), new RecordingProgress(), CancellationToken.None);

        result.Checks.ShouldNotBeEmpty();
        foreach (var check in result.Checks)
        {
            check.Detail.ShouldNotContain(Secret);
            check.Detail.ShouldNotContain("\u001b");
        }
    }

    [Fact]
    public async Task A_server_echoing_the_form_body_never_gets_the_encoded_secret_into_a_message()
    {
        const string secret = "S3cr+t/Val=ue&x%yZz ~é";
        using var listener = FixedAnswerServer.Start(400, "{\"error\":\"invalid_request\",\"error_description\":\"you sent: {request}\"}", out var port);
        var target = new HaloTarget($"http://127.0.0.1:{port}/api", $"http://127.0.0.1:{port}/auth", "t");

        var result = await new ProofRunner(Sim.Options()).ProveAsync(
            new ProofRequest(target, new ClientCredentials("client", secret), null, ProofRequest.LiongardScopes), new RecordingProgress(), CancellationToken.None);

        var token = result.Checks.Single(c => c.Name == "token");
        token.Detail.ShouldContain("you sent:", customMessage: "the server's words are kept, so this test sees the echo");
        token.Detail.ShouldContain("(hidden)");
        foreach (var form in new[] { secret, Uri.EscapeDataString(secret), WebUtility.UrlEncode(secret), Uri.EscapeDataString(secret).ToLowerInvariant() })
            token.Detail.ShouldNotContain(form, Case.Insensitive);
    }
}
