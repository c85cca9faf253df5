using System.Text.Json.Nodes;
using Guide.Sandbox.Data;

namespace Guide.Sandbox.Api.Json;

/// <summary>A team as Halo's schema <c>SectionDetail</c> names its fields.</summary>
internal static class TeamJson
{
    public static JsonObject Write(HaloJson json, SandboxStore store, SandboxTeam team, bool withAgents)
    {
        var result = new JsonObject
        {
            ["id"] = json.Id(team.Id),
            ["name"] = team.Name,
            ["department_id"] = json.Id(team.DepartmentId),
            ["department_name"] = team.DepartmentName,
            ["inactive"] = team.Inactive,
        };
        if (withAgents)
        {
            result["agents"] = HaloJson.Array(store.Agents.Where(a => a.TeamIds.Contains(team.Id)).Select(a => new JsonObject
            {
                ["agent_id"] = json.Id(a.Id),
                ["agent_name"] = a.Name,
                ["team_id"] = json.Id(team.Id),
                ["team_name"] = team.Name,
            }));
        }
        return result;
    }
}
