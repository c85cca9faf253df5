using Guide.Core.Automation;
using Guide.Core.Guides;
using Guide.Core.Reports;
using Guide.Core.Values;
using Guide.Halo.Api;

namespace Guide.Halo.Automations;

/// <summary>
/// halo.agent: finds the dedicated agent by name, or creates it API-only (asking first, and
/// asking before adopting an agent that is not API-only), then sets the permissions the guide's
/// items name as claims [I] and reads the agent back. Permissions HaloPSA did not keep go back
/// to being set by hand; the rest of the work stands.
/// </summary>
internal sealed class AgentAutomation(HaloSessions sessions) : IAutomation
{
    public string Name => AutomationNames.Agent;

    public bool ChangesTenant => true;

    public string Describe(AutomationRequest request) =>
        $"Find the HaloPSA agent \"{Steps.AgentName(request)}\", or create it as an API-only agent (it uses no paid seat), " +
        $"then give it the {Permissions(request).Count} permissions of this step and read them back. Asks before changing anything.";

    public async Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
    {
        var before = sessions.Requests;
        int Used() => sessions.Requests - before;
        var (admin, unready) = await Steps.AdminApiAsync(sessions, request, host, cancellationToken).ConfigureAwait(false);
        if (admin is not { } api)
            return unready!;
        var name = Steps.AgentName(request);
        var found = await api.FindAgentsAsync(name, cancellationToken).ConfigureAwait(false);
        if (!found.Ok)
            return AutomationOutcome.Failed(found.Problem!, Used());

        HaloAgent agent;
        string how;
        if (found.Value!.FirstOrDefault() is { } existing)
        {
            if (existing.IsDisabled)
            {
                return AutomationOutcome.FellBack(
                    $"The agent \"{existing.Name}\" exists but is disabled; enable it in HaloPSA, or record another agent name.", Used());
            }
            var question = existing.IsApiAgent
                ? $"The API-only agent \"{existing.Name}\" (id {existing.Id}) exists. Use it for Liongard and set its permissions?"
                : $"The agent \"{existing.Name}\" (id {existing.Id}) exists but is not API-only, so it uses a paid seat. Use it for Liongard anyway, and set its permissions?";
            if (!await host.ConfirmAsync(question, cancellationToken).ConfigureAwait(false))
                return AutomationOutcome.Cancelled($"Not using the existing agent \"{existing.Name}\"; record another agent name, or set it up by hand.", Used());
            agent = existing;
            how = $"uses the existing {(existing.IsApiAgent ? "API-only " : "")}agent \"{existing.Name}\" (id {existing.Id})";
        }
        else
        {
            if (!await host.ConfirmAsync($"Create the API-only agent \"{name}\" in HaloPSA, with the permissions of this step?", cancellationToken).ConfigureAwait(false))
                return AutomationOutcome.Cancelled("Not created; do these items by hand, or run this again.", Used());
            var created = await api.CreateAgentOnceAsync(name, [], cancellationToken).ConfigureAwait(false);
            if (!created.Ok)
                return AutomationOutcome.Failed(created.Problem!, Used());
            agent = created.Value!;
            host.KeepFacts(new Dictionary<string, string> { [FactKeys.AgentId] = agent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            how = $"created the API-only agent \"{agent.Name}\" (id {agent.Id})";
        }

        var outcome = new OutcomeBuilder()
            .Value(HaloValueKeys.AgentName, agent.Name)
            .Fact(FactKeys.AgentId, agent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Fact(FactKeys.AgentName, agent.Name);
        var permissions = Permissions(request);
        var current = await api.GetAgentAsync(agent.Id, cancellationToken).ConfigureAwait(false);
        if (!current.Ok)
            return AutomationOutcome.Failed(current.Problem!, Used());
        if (permissions.Count > 0)
        {
            var wanted = current.Value!.Claims.Concat(permissions.Select(p => p.Claim)).Distinct().ToList();
            var set = await api.SetAgentClaimsAsync(agent.Id, wanted, cancellationToken).ConfigureAwait(false);
            if (!set.Ok)
                return AutomationOutcome.Failed(set.Problem!, Used());
            current = await api.GetAgentAsync(agent.Id, cancellationToken).ConfigureAwait(false);
            if (!current.Ok)
                return AutomationOutcome.Failed(current.Problem!, Used());
        }

        var readBack = current.Value!;
        outcome.Fact(FactKeys.AgentApiOnly, readBack.IsApiAgent ? "yes" : "no");
        var kept = 0;
        foreach (var (item, claim) in permissions)
        {
            if (readBack.Claims.Contains(claim))
            {
                kept++;
                outcome.Item(item.Id, ItemOutcome.Completed($"set through the API and read back ({claim.Type}: {claim.Value})"));
            }
            else
            {
                outcome.Item(item.Id, ItemOutcome.ByHand(
                    "HaloPSA did not keep this permission when Guide set it (the claim names Guide uses are a guess; Halo does not publish them). Set it by hand on the agent's Permissions tab."));
            }
        }
        foreach (var item in request.Items.Where(i => i.Bindings.Permission is null))
            outcome.Item(item.Id, ItemOutcome.Completed(how));

        var missing = permissions.Count - kept;
        return missing == 0
            ? outcome.Build(AutomationStatus.Done, $"{Capitalise(how)}; {kept} permissions set and read back.", Used())
            : outcome.Build(AutomationStatus.FellBack, $"{Capitalise(how)}; {missing} of {permissions.Count} permissions were not kept by HaloPSA: set those by hand.", Used());
    }

    private static List<(GuideItem Item, HaloClaim Claim)> Permissions(AutomationRequest request) =>
        [.. request.Items.Where(i => i.Bindings.Permission is not null).Select(i =>
        {
            var parts = i.Bindings.Permission!.Split(':', 2);
            return (i, new HaloClaim(parts[0], parts[1]));
        })];

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
