using System.Text.Json;
using Guide.Sandbox.Api.Json;
using Guide.Sandbox.Auth;
using Guide.Sandbox.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Guide.Sandbox.Api;

/// <summary><c>/api/Agent</c>: list (bare array), read, create/update, delete, and <c>/me</c>.</summary>
internal static class AgentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/Agent", List).WithMetadata(AccessRule.Admin);
        api.MapPost("/Agent", Post).WithMetadata(AccessRule.Admin);
        api.MapGet("/Agent/me", Me).WithMetadata(AccessRule.AnyScope);
        api.MapGet("/Agent/{id}", Get).WithMetadata(AccessRule.Admin);
        api.MapDelete("/Agent/{id}", Delete).WithMetadata(AccessRule.Admin);
    }

    /// <summary>API-only and disabled agents stay hidden unless asked for, as in Halo's agent list [V].</summary>
    private static IResult List(HttpRequest request, SandboxStore store, HaloJson json)
    {
        var search = QueryValues.Text(request, "search");
        var teamId = QueryValues.Int(request, "team_id");
        var apiAgents = QueryValues.Flag(request, "includeapiagents");
        var disabled = QueryValues.Flag(request, "includedisabled");
        var agents = store.Agents
            .Where(a => apiAgents || !a.IsApiAgent)
            .Where(a => disabled || !a.IsDisabled)
            .Where(a => teamId is null || a.TeamIds.Contains(teamId.Value))
            .Where(a => search is null || a.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                || (a.Email?.Contains(search, StringComparison.OrdinalIgnoreCase) ?? false));
        return HaloJson.Write(HaloJson.Array(agents.Select(a => AgentJson.Write(json, store, a, details: false))));
    }

    private static IResult Get(string id, HttpRequest request, SandboxStore store, HaloJson json)
    {
        var agent = store.FindAgent(Ids.Path(id)) ?? throw ApiProblem.NotFound($"Agent {id}");
        return HaloJson.Write(AgentJson.Write(json, store, agent, QueryValues.Flag(request, "includedetails")));
    }

    /// <summary>The agent the token's application logs in as, with its teams.</summary>
    private static IResult Me(HttpContext context, SandboxStore store, HaloJson json) =>
        HaloJson.Write(AgentJson.Write(json, store, Caller.Of(context).Agent, details: true));

    private static IResult Delete(string id, SandboxStore store) =>
        store.DeleteAgent(Ids.Path(id)) ? Results.Ok() : throw ApiProblem.NotFound($"Agent {id}");

    /// <summary>Each item with an id updates that agent (only the fields given), without one creates.</summary>
    private static async Task<IResult> Post(HttpRequest request, SandboxStore store, HaloJson json)
    {
        var items = await RequestItems.ReadAsync(request);
        var forgetful = Faults.DroppedFields.Armed(request.HttpContext);
        var drafts = items.Select(item => Draft(item, store, forgetful)).ToArray();
        var saved = drafts.Select(store.Save).ToArray();
        return HaloJson.Posted(saved.Select(a => AgentJson.Write(json, store, a, details: true)).ToArray());
    }

    private static SandboxAgent Draft(JsonElement item, SandboxStore store, bool forgetful)
    {
        var agent = JsonFields.Int(item, "id") is int id and > 0
            ? store.FindAgent(id) ?? throw ApiProblem.NotFound($"Agent {id}")
            : new SandboxAgent { Name = JsonFields.Required(item, "name") };
        agent = agent with
        {
            Name = JsonFields.Has(item, "name") ? JsonFields.Required(item, "name") : agent.Name,
            Email = JsonFields.String(item, "email") ?? agent.Email,
            IsApiAgent = JsonFields.Bool(item, "isapiagent") ?? agent.IsApiAgent,
            IsDisabled = JsonFields.Bool(item, "isdisabled") ?? agent.IsDisabled,
            IsAdmin = JsonFields.Bool(item, "is_admin") ?? agent.IsAdmin,
            RoleIds = JsonFields.Objects(item, "roles")?.Select(r => RoleId(r, store)).ToArray() ?? agent.RoleIds,
            // Claims are kept as given [I]; with the drops-fields fault they are not, as if Halo ignored them.
            Claims = forgetful ? agent.Claims : JsonFields.Objects(item, "claims")?.Select(Claim).Distinct().ToArray() ?? agent.Claims,
        };
        // "teams" replaces the membership [I]; "team" (the default team's name) puts that team first.
        var teams = JsonFields.Objects(item, "teams")?.Select(t => TeamId(t, store)).Distinct().ToList() ?? [.. agent.TeamIds];
        if (JsonFields.String(item, "team") is { Length: > 0 } name)
        {
            var team = store.FindTeam(name) ?? throw ApiProblem.BadRequest($"No team is called '{name}'.");
            teams.Remove(team.Id);
            teams.Insert(0, team.Id);
        }
        return agent with { TeamIds = teams };
    }

    private static SandboxClaim Claim(JsonElement claim) => new(
        JsonFields.String(claim, "type") ?? throw ApiProblem.BadRequest("Each of 'claims' needs a 'type'."),
        JsonFields.String(claim, "value") ?? throw ApiProblem.BadRequest("Each of 'claims' needs a 'value'."));

    private static int TeamId(JsonElement team, SandboxStore store)
    {
        var id = JsonFields.Int(team, "team_id") ?? throw ApiProblem.BadRequest("Each of 'teams' needs a 'team_id'.");
        return store.FindTeam(id)?.Id ?? throw ApiProblem.BadRequest($"No team has id {id}.");
    }

    private static string RoleId(JsonElement role, SandboxStore store)
    {
        var id = JsonFields.String(role, "id") ?? throw ApiProblem.BadRequest("Each of 'roles' needs an 'id'.");
        return store.FindRole(id)?.Id ?? throw ApiProblem.BadRequest($"No role has id '{id}'.");
    }
}
