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

    public static Problem NeedsServers() => new("(before sending)", null,
        "The Resource Server and Authorisation Server are not recorded yet.",
        "Run the item \"Record the Resource Server...\" (its automation finds them from the web address), or type them there.");

    public static Problem NoAdmin() => new("(before sending)", null,
        "No administrator credentials were given.",
        "Set HALO_ADMIN_CLIENT_ID and HALO_ADMIN_CLIENT_SECRET (an API application with the 'all' permission), or do these items by hand.");

    public static HaloTarget? Target(AutomationRequest request) =>
        request.Value(HaloValueKeys.ResourceServer) is { } api && request.Value(HaloValueKeys.AuthorisationServer) is { } auth
            ? new HaloTarget(api, auth, request.Value(HaloValueKeys.Tenant))
            : null;

    public static string AgentName(AutomationRequest request) => request.Value(HaloValueKeys.AgentName) ?? "Liongard";

    /// <summary>The agent an earlier automation made or adopted, else found by its recorded name.</summary>
    public static async Task<HaloResult<HaloAgent>> AgentAsync(HaloApi api, AutomationRequest request, CancellationToken cancellationToken)
    {
        if (int.TryParse(request.Fact(FactKeys.AgentId), out var id))
        {
            var known = await api.GetAgentAsync(id, cancellationToken).ConfigureAwait(false);
            if (known.Ok || known.Problem!.Status != 404)
                return known;
        }
        var name = AgentName(request);
        var found = await api.FindAgentsAsync(name, cancellationToken).ConfigureAwait(false);
        if (!found.Ok)
            return HaloResult<HaloAgent>.Failed(found.Problem!);
        return found.Value!.Count > 0
            ? await api.GetAgentAsync(found.Value[0].Id, cancellationToken).ConfigureAwait(false)
            : HaloResult<HaloAgent>.Failed(new Problem("GET /api/Agent", null,
                $"There is no agent named \"{name}\" in HaloPSA yet.", "Run the agent item first (or create the agent by hand), then this one."));
    }
}
