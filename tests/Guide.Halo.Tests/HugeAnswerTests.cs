using Guide.Core.Proof;
using Guide.Halo.Proof;
using Guide.Halo.Tests.Support;

namespace Guide.Halo.Tests;

/// <summary>A server that answers with more than any HaloPSA answer holds: the call fails, the memory stays.</summary>
public sealed class HugeAnswerTests
{
    [Fact]
    public async Task An_answer_over_the_limit_fails_the_call_clearly()
    {
        using var listener = FixedAnswerServer.Start(200, "{\"x\":\"" + new string('a', 9 * 1024 * 1024) + "\"}", out var port);
        var target = new HaloTarget($"http://127.0.0.1:{port}/api", $"http://127.0.0.1:{port}/auth", null);

        var result = await new ProofRunner(Sim.Options()).ProveAsync(
            new ProofRequest(target, new ClientCredentials("client", "secret"), null, ProofRequest.LiongardScopes), new RecordingProgress(), CancellationToken.None);

        result.Failed.ShouldBeTrue();
        result.Checks.ShouldContain(c => c.Detail.Contains("larger than 8 MB", StringComparison.Ordinal), string.Join(" | ", result.Checks.Select(c => c.Detail)));
    }
}
