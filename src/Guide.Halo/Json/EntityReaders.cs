using System.Text.Json.Nodes;
using Guide.Halo.Api;

namespace Guide.Halo.Json;

/// <summary>Reads Halo's entities (schemas Uname, SectionDetail, NHD_Identity_Application) tolerantly.</summary>
internal static class EntityReaders
{
    public static HaloAgent? Agent(JsonObject json)
    {
        if (JsonRead.Int(JsonRead.Find(json, "id")) is not { } id)
            return null;
        var teams = JsonRead.Find(json, "teams") is JsonArray list
            ? list.OfType<JsonObject>()
                .Select(t => JsonRead.Int(JsonRead.Find(t, "team_id")) is { } teamId
                    ? new HaloTeamRef(teamId, JsonRead.String(JsonRead.Find(t, "team_name")) ?? "")
                    : null)
                .OfType<HaloTeamRef>()
                .ToList()
            : [];
        var claims = JsonRead.Find(json, "claims") is JsonArray claimList
            ? claimList.OfType<JsonObject>()
                .Select(c => (Type: JsonRead.String(JsonRead.Find(c, "type")), Value: JsonRead.String(JsonRead.Find(c, "value"))))
                .Where(c => c.Type is not null && c.Value is not null)
                .Select(c => new HaloClaim(c.Type!, c.Value!))
                .ToList()
            : [];
        return new HaloAgent(id, JsonRead.String(JsonRead.Find(json, "name")) ?? "",
            JsonRead.Bool(JsonRead.Find(json, "isapiagent")), JsonRead.Bool(JsonRead.Find(json, "isdisabled")), teams)
        {
            Claims = claims,
        };
    }

    public static HaloTicket? Ticket(JsonObject json) =>
        JsonRead.Int(JsonRead.Find(json, "id")) is { } id
            ? new HaloTicket(id, JsonRead.String(JsonRead.Find(json, "summary")) ?? "",
                JsonRead.String(JsonRead.Find(json, "details")), JsonRead.Int(JsonRead.Find(json, "status_id")))
            : null;

    public static HaloTeam? Team(JsonObject json) =>
        JsonRead.Int(JsonRead.Find(json, "id")) is { } id
            ? new HaloTeam(id, JsonRead.String(JsonRead.Find(json, "name")) ?? "", JsonRead.Bool(JsonRead.Find(json, "inactive")))
            : null;

    public static HaloApplication? Application(JsonObject json)
    {
        if (JsonRead.String(JsonRead.Find(json, "id")) is not { Length: > 0 } id)
            return null;
        var scopes = JsonRead.Find(json, "scopes") is JsonArray list
            ? list.Select(s => s is JsonObject o ? JsonRead.String(JsonRead.Find(o, "name")) : JsonRead.String(s)).OfType<string>().ToList()
            : [];
        return new HaloApplication(
            id,
            JsonRead.String(JsonRead.Find(json, "displayName")) ?? "",
            JsonRead.String(JsonRead.Find(json, "clientId")),
            JsonRead.String(JsonRead.Find(json, "clientSecret")) is { Length: > 0 } secret ? secret : null,
            JsonRead.Int(JsonRead.Find(json, "loginas_agent_id")),
            JsonRead.String(JsonRead.Find(json, "loginas_agent_name")),
            scopes,
            JsonRead.Bool(JsonRead.Find(json, "inactive")));
    }
}
