using Guide.Core.Automation;
using Guide.Core.Proof;
using Guide.Core.Reports;
using Guide.Core.Values;
using Guide.Halo.Api;

namespace Guide.Halo.Automations;

/// <summary>What several automations need first: where HaloPSA is, and the agent Liongard uses.</summary>
internal static class Steps
{
    public const string AdminScope = "all";

    /// <summary>Nothing can be sent before the servers are known: a missing step, not a failure.</summary>
    public static AutomationOutcome NeedsServers() => AutomationOutcome.Cancelled(
        "The Resource Server and Authorisation Server are not recorded yet: run the item \"Record the Resource Server...\" (its automation finds them from the web address), or type them there.", 0);

    /// <summary>
    /// What the creating automations need first: where HaloPSA is and administrator credentials.
    /// Without either, nothing is sent and the automation stops as "not done".
    /// </summary>
    public static async Task<(HaloApi? Api, AutomationOutcome? Stop)> AdminApiAsync(
        HaloSessions sessions, AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
    {
        if (Target(request) is not { } target)
            return (null, NeedsServers());
        if (await host.AdminCredentialsAsync(cancellationToken).ConfigureAwait(false) is not { } admin)
            return (null, AutomationOutcome.Cancelled("No administrator credentials: these items stay to be done by hand.", 0));
        return (sessions.Api(target, admin, [AdminScope]), null);
    }

    public static HaloTarget? Target(AutomationRequest request) =>
        request.Value(HaloValueKeys.ResourceServer) is { } api && request.Value(HaloValueKeys.AuthorisationServer) is { } auth
            ? new HaloTarget(api, auth, request.Value(HaloValueKeys.Tenant))
            : null;

    public static string AgentName(AutomationRequest request) => request.Value(HaloValueKeys.AgentName) ?? "Liongard";

    /// <summary>
    /// The agent an earlier automation made or adopted, else found by its recorded name. With no
    /// agent yet, the automation stops without doing anything (not a failure: a step is missing).
    /// </summary>
    public static async Task<(HaloAgent? Agent, AutomationOutcome? Stop)> AgentAsync(HaloApi api, AutomationRequest request, Func<int> used, CancellationToken cancellationToken)
    {
        if (int.TryParse(request.Fact(FactKeys.AgentId), out var id))
        {
            var known = await api.GetAgentAsync(id, cancellationToken).ConfigureAwait(false);
            if (known.Ok)
                return (known.Value, null);
            if (known.Problem!.Status != 404)
                return (null, AutomationOutcome.Failed(known.Problem, used()));
        }
        var name = AgentName(request);
        var found = await api.FindAgentsAsync(name, cancellationToken).ConfigureAwait(false);
        if (!found.Ok)
            return (null, AutomationOutcome.Failed(found.Problem!, used()));
        if (found.Value!.Count == 0)
            return (null, AutomationOutcome.Cancelled($"There is no agent named \"{name}\" in HaloPSA yet: do the agent items first (here or by hand), then this.", used()));
        var agent = await api.GetAgentAsync(found.Value[0].Id, cancellationToken).ConfigureAwait(false);
        return agent.Ok ? (agent.Value, null) : (null, AutomationOutcome.Failed(agent.Problem!, used()));
    }
}
