using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Runs;
using Guide.Core.Values;
using Guide.Halo.Proof;

namespace Guide.Halo.Automations;

/// <summary>
/// halo.proof: the read-only proof with the recorded Liongard credentials, as the Liongard side
/// will use them. Read-only, so it does not ask; warnings (nothing visible) are recorded, not hidden.
/// </summary>
internal sealed class ProofAutomation(HaloSessions sessions) : IAutomation
{
    public string Name => AutomationNames.Proof;

    public bool ChangesTenant => false;

    /// <summary>What the proof proves: where HaloPSA answers, the credentials, the agent they log in as, and its teams (what it can see).</summary>
    public IReadOnlyList<string> Covers { get; } =
    [
        HaloValueKeys.ResourceServer, HaloValueKeys.AuthorisationServer, HaloValueKeys.Tenant,
        HaloValueKeys.ClientId, HaloValueKeys.ClientSecret, HaloValueKeys.AgentName, HaloValueKeys.Teams,
    ];

    public string Describe(AutomationRequest request) =>
        $"Prove the recorded Client ID and Secret with five read-only calls: the servers agree, a token with {string.Join(' ', ProofRequest.LiongardScopes)} is granted, " +
        $"it logs in as \"{Steps.AgentName(request)}\", and it can read a ticket and a customer.";

    public async Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
    {
        if (Steps.Target(request) is not { } target)
            return Steps.NeedsServers();
        if (Liongard.Credentials(request) is not { } credentials)
            return Liongard.NeedsCredentials();

        var runner = new ProofRunner(sessions.Options);
        var result = await runner.ProveAsync(new ProofRequest(target, credentials, Steps.AgentName(request), ProofRequest.LiongardScopes),
            sessions.Progress, cancellationToken).ConfigureAwait(false);
        var outcome = new OutcomeBuilder().Checks(result.Checks);
        var failed = result.Checks.Where(c => c.Status == CheckStatus.Fail).ToList();
        var warned = result.Checks.Where(c => c.Status == CheckStatus.Warn).ToList();
        if (failed.Count > 0)
        {
            return outcome.Build(AutomationStatus.Failed, $"The proof failed: {string.Join(" ", failed.Select(c => $"{c.Name}: {c.Detail}"))}",
                result.Requests, new Problem(failed[0].Name, null, failed[0].Detail, "Fix what it names in HaloPSA, then run the proof again."));
        }
        return outcome.Build(AutomationStatus.Done, warned.Count == 0
            ? $"All {result.Checks.Count} checks passed."
            : $"Passed with {warned.Count} warning(s): {string.Join(" ", warned.Select(c => $"{c.Name}: {c.Detail}"))}", result.Requests);
    }
}
