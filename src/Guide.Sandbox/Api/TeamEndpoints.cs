using System.Text.Json;
using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guide.Sandbox.Api;

/// <summary><c>/api/Team</c>: list (bare array), read, create/update (adding agents).</summary>
internal static class TeamEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/Team", List).WithMetadata(AccessRule.Admin);
        api.MapPost("/Team", Post).WithMetadata(AccessRule.Admin);
        api.MapGet("/Team/{id}", Get).WithMetadata(AccessRule.Admin);
    }

    private static IResult List(HttpRequest request, SandboxStore store, HaloJson json)
    {
        var inactive = QueryValues.Flag(request, "includedisabled");
        var withAgents = QueryValues.Flag(request, "includeagentsforteams");
        var teams = store.Teams.Where(t => inactive || !t.Inactive);
        return HaloJson.Write(HaloJson.Array(teams.Select(t => TeamJson.Write(json, store, t, withAgents))));
    }

    private static IResult Get(string id, HttpRequest request, SandboxStore store, HaloJson json)
    {
        var team = store.FindTeam(Ids.Path(id)) ?? throw ApiProblem.NotFound($"Team {id}");
        return HaloJson.Write(TeamJson.Write(json, store, team, QueryValues.Flag(request, "includeagents")));
    }

    private static async Task<IResult> Post(HttpRequest request, SandboxStore store, HaloJson json)
    {
        var items = await RequestItems.ReadAsync(request);
        var drafts = items.Select(item => (Team: Draft(item, store), Agents: Agents(item, store))).ToArray();
        var saved = new List<SandboxTeam>();
        foreach (var (draft, agents) in drafts)
        {
            var team = store.Save(draft);
            // "agents" adds those agents to the team and removes no one [I]: Halo may replace the
            // list, and removing members by accident is the worse mistake to copy.
            foreach (var agent in agents.Where(a => !a.TeamIds.Contains(team.Id)))
                store.Save(agent with { TeamIds = [.. agent.TeamIds, team.Id] });
            saved.Add(team);
        }
        return HaloJson.Posted(saved.Select(t => TeamJson.Write(json, store, t, withAgents: true)).ToArray());
    }

    private static SandboxTeam Draft(JsonElement item, SandboxStore store)
    {
        var team = JsonFields.Int(item, "id") is int id and > 0
            ? store.FindTeam(id) ?? throw ApiProblem.NotFound($"Team {id}")
            : new SandboxTeam { Name = JsonFields.Required(item, "name") };
        return team with
        {
            Name = JsonFields.Has(item, "name") ? JsonFields.Required(item, "name") : team.Name,
            DepartmentId = JsonFields.Int(item, "department_id") ?? team.DepartmentId,
            DepartmentName = JsonFields.String(item, "department_name") ?? team.DepartmentName,
            Inactive = JsonFields.Bool(item, "inactive") ?? team.Inactive,
        };
    }

    private static IReadOnlyList<SandboxAgent> Agents(JsonElement item, SandboxStore store) =>
        JsonFields.Objects(item, "agents")?.Select(a =>
        {
            var id = JsonFields.Int(a, "agent_id") ?? throw ApiProblem.BadRequest("Each of 'agents' needs an 'agent_id'.");
            return store.FindAgent(id) ?? throw ApiProblem.BadRequest($"No agent has id {id}.");
        }).ToArray() ?? [];
}
