using System.Text.Json.Nodes;
using Guide.Sandbox.Data;

namespace Guide.Sandbox.Api.Json;

/// <summary>An agent as Halo's schema <c>Uname</c> names its fields.</summary>
internal static class AgentJson
{
    public static JsonObject Write(HaloJson json, SandboxStore store, SandboxAgent agent, bool details)
    {
        var teams = agent.TeamIds.Select(store.FindTeam).OfType<SandboxTeam>().ToArray();
        var result = new JsonObject
        {
            ["id"] = json.Id(agent.Id),
            ["name"] = agent.Name,
            ["email"] = agent.Email,
            ["isdisabled"] = agent.IsDisabled,
            ["isapiagent"] = agent.IsApiAgent,
            ["is_admin"] = agent.IsAdmin,
            ["team"] = teams.FirstOrDefault()?.Name ?? "",
        };
        if (!details)
            return result;
        var roles = agent.RoleIds.Select(store.FindRole).OfType<SandboxRole>().ToArray();
        result["teams"] = HaloJson.Array(teams.Select(t => new JsonObject
        {
            ["agent_id"] = json.Id(agent.Id),
            ["agent_name"] = agent.Name,
            ["team_id"] = json.Id(t.Id),
            ["team_name"] = t.Name,
            ["department_id"] = json.Id(t.DepartmentId),
        }));
        result["roles"] = HaloJson.Array(roles.Select(r => new JsonObject { ["id"] = r.Id, ["name"] = r.Name }));
        result["claims"] = HaloJson.Array(agent.Claims.Concat(roles.SelectMany(r => r.Claims)).Distinct().Select(RoleJson.Claim));
        return result;
    }
}
