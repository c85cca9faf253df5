using Guide.Core.Automation;
using Guide.Core.Reports;
using Guide.Core.Values;
using Guide.Halo.Api;

namespace Guide.Halo.Automations;

/// <summary>
/// halo.teams: offers the tenant's live teams to pick from (several allowed), puts the agent in
/// them after asking, and reads the agent back to see it is there.
/// </summary>
internal sealed class TeamsAutomation(HaloSessions sessions) : IAutomation
{
    public string Name => AutomationNames.Teams;

    public bool ChangesTenant => true;

    public string Describe(AutomationRequest request) =>
        $"List HaloPSA's teams for you to pick the ones Liongard may send tickets to, then put the agent \"{Steps.AgentName(request)}\" in them and read it back.";

    public async Task<AutomationOutcome> RunAsync(AutomationRequest request, IAutomationHost host, CancellationToken cancellationToken)
    {
        var before = sessions.Requests;
        int Used() => sessions.Requests - before;
        var (admin, unready) = await Steps.AdminApiAsync(sessions, request, host, cancellationToken).ConfigureAwait(false);
        if (admin is not { } api)
            return unready!;
        var (agentFound, noAgent) = await Steps.AgentAsync(api, request, Used, cancellationToken).ConfigureAwait(false);
        if (agentFound is null)
            return noAgent!;
        var agent = HaloResult<HaloAgent>.Of(agentFound);
        var teams = await api.ListTeamsAsync(cancellationToken).ConfigureAwait(false);
        if (!teams.Ok)
            return AutomationOutcome.Failed(teams.Problem!, Used());
        if (teams.Value!.Count == 0)
            return AutomationOutcome.FellBack("HaloPSA lists no active teams; create one, then pick it by hand.", Used());

        var names = teams.Value.Select(t => t.Name).ToList();
        var recorded = (request.Value(HaloValueKeys.Teams) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var preselected = names.Where(n => recorded.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        if (preselected.Count == 0)
            preselected = [.. agent.Value!.Teams.Select(t => t.Name).Where(names.Contains)];

        var picked = await host.PickAsync($"Teams whose tickets Liongard may create and update (agent \"{agent.Value!.Name}\")",
            names, preselected, multiple: true, cancellationToken).ConfigureAwait(false);
        if (picked is null || picked.Count == 0)
            return AutomationOutcome.Cancelled("No team picked: an agent in no team sees no tickets. Run this step again and pick at least one team, or add them by hand.", Used());

        var ids = teams.Value.Where(t => picked.Contains(t.Name)).Select(t => t.Id).ToList();
        var already = agent.Value.Teams.Select(t => t.Id).ToHashSet();
        if (!already.SetEquals(ids))
        {
            if (!await host.ConfirmAsync($"Put the agent \"{agent.Value.Name}\" in {string.Join(", ", picked)}{(already.Count > 0 ? " (instead of its current teams)" : "")}?", cancellationToken).ConfigureAwait(false))
                return AutomationOutcome.Cancelled("Teams not changed.", Used());
            var set = await api.SetAgentTeamsAsync(agent.Value.Id, ids, cancellationToken).ConfigureAwait(false);
            if (!set.Ok)
                return AutomationOutcome.Failed(set.Problem!, Used());
        }

        var readBack = await api.GetAgentAsync(agent.Value.Id, cancellationToken).ConfigureAwait(false);
        if (!readBack.Ok)
            return AutomationOutcome.Failed(readBack.Problem!, Used());
        var missing = ids.Where(id => readBack.Value!.Teams.All(t => t.Id != id)).ToList();
        var list = string.Join(", ", picked);
        if (missing.Count > 0)
        {
            return AutomationOutcome.FellBack(
                $"HaloPSA did not keep the agent in {string.Join(", ", teams.Value.Where(t => missing.Contains(t.Id)).Select(t => t.Name))} [I: teams are set through the agent's teams list]; add it on the agent's Departments & Teams tab.", Used());
        }
        return new OutcomeBuilder()
            .Value(HaloValueKeys.Teams, list)
            .Fact(FactKeys.AgentTeams, list)
            .Build(AutomationStatus.Done, $"The agent \"{readBack.Value!.Name}\" is in {list} (read back).", Used());
    }
}
