using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Runs;
using Guide.Halo.Api;
using Guide.Halo.Http;

namespace Guide.Halo.Proof;

/// <summary>
/// The read-only proof (halopsa-api.md section 5): authinfo agrees with the recorded servers,
/// a token with the three scopes is granted them, it logs in as the dedicated agent, and that
/// agent can see tickets and customers. Five requests when all goes well.
/// </summary>
public sealed class ProofRunner(HaloOptions options) : IProofRunner
{
    public async Task<ProofResult> ProveAsync(ProofRequest request, IProgress<Activity> progress, CancellationToken cancellationToken)
    {
        using var connection = new HaloConnection(request.Target, request.Credentials, request.Scopes, options, progress);
        var api = new HaloApi(connection);
        var checks = new List<ProofCheckResult>();

        checks.Add(await ProofChecks.AuthInfoAsync(api, request.Target, cancellationToken).ConfigureAwait(false));

        var token = await ProofChecks.TokenAsync(connection, request, cancellationToken).ConfigureAwait(false);
        checks.AddRange(token);
        if (token.Any(c => c.Status == CheckStatus.Fail))
            return new ProofResult(checks, connection.Requests);

        checks.Add(await ProofChecks.AgentAsync(api, request.ExpectedAgent, cancellationToken).ConfigureAwait(false));
        checks.Add(await ProofChecks.VisibleAsync(api, ProofCheckNames.TicketsVisible, "Tickets", "tickets",
            "the agent is probably in no team or department (Departments & Teams on the agent)", cancellationToken).ConfigureAwait(false));
        checks.Add(await ProofChecks.VisibleAsync(api, ProofCheckNames.ClientsVisible, "Client", "clients",
            "the agent probably lacks access to customers (Customers access level, and access to all customers)", cancellationToken).ConfigureAwait(false));
        return new ProofResult(checks, connection.Requests);
    }
}
