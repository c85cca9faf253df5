using System.Globalization;
using System.Text.Json.Nodes;
using Guide.Halo.Json;

namespace Guide.Halo.Api;

internal sealed partial class HaloApi
{
    /// <summary>Agents whose name matches, API-only and disabled ones included (so none is made twice).</summary>
    public async Task<HaloResult<IReadOnlyList<HaloAgent>>> FindAgentsAsync(string name, CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync("Agent",
            [new("search", name), new("includeapiagents", "true"), new("includedisabled", "true")], cancellationToken).ConfigureAwait(false);
        var found = List(reply, "agents", EntityReaders.Agent, "GET /api/Agent");
        return found.Ok
            ? HaloResult<IReadOnlyList<HaloAgent>>.Of([.. found.Value!.Where(a => string.Equals(a.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))])
            : found;
    }

    /// <summary>GET /api/Agent/{id}?includedetails=true: the agent with its teams.</summary>
    public async Task<HaloResult<HaloAgent>> GetAgentAsync(int id, CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync($"Agent/{id.ToString(CultureInfo.InvariantCulture)}", [new("includedetails", "true")], cancellationToken).ConfigureAwait(false);
        return reply.Ok && reply.Json is JsonObject json && EntityReaders.Agent(json) is { } agent
            ? HaloResult<HaloAgent>.Of(agent)
            : HaloResult<HaloAgent>.Failed(Unreadable("GET /api/Agent/{id}", reply));
    }

    /// <summary>Creates an API-only agent. The answer may be lost: callers look before trying again.</summary>
    public async Task<HaloResult<HaloAgent>> CreateAgentAsync(string name, IReadOnlyList<int> teamIds, CancellationToken cancellationToken)
    {
        var agent = new JsonObject
        {
            ["name"] = name,
            ["isapiagent"] = true,
            ["teams"] = Teams(teamIds),
        };
        var reply = await connection.PostAsync("Agent", new JsonArray(agent), cancellationToken).ConfigureAwait(false);
        return Single(reply, EntityReaders.Agent, "POST /api/Agent");
    }

    /// <summary>Puts the agent in these teams (Halo replaces the list it is given) [I].</summary>
    public async Task<HaloResult<HaloAgent>> SetAgentTeamsAsync(int agentId, IReadOnlyList<int> teamIds, CancellationToken cancellationToken)
    {
        var update = new JsonObject { ["id"] = agentId, ["teams"] = Teams(teamIds) };
        var reply = await connection.PostAsync("Agent", new JsonArray(update), cancellationToken).ConfigureAwait(false);
        return Single(reply, EntityReaders.Agent, "POST /api/Agent");
    }

    /// <summary>
    /// Sets the agent's permission claims (its existing ones kept) [I]: Halo documents no claim
    /// names, so callers read the agent back and fall back to the manual steps on any mismatch.
    /// </summary>
    public async Task<HaloResult<HaloAgent>> SetAgentClaimsAsync(int agentId, IReadOnlyList<HaloClaim> claims, CancellationToken cancellationToken)
    {
        var update = new JsonObject
        {
            ["id"] = agentId,
            ["claims"] = new JsonArray([.. claims.Select(c => (JsonNode)new JsonObject { ["type"] = c.Type, ["value"] = c.Value })]),
        };
        var reply = await connection.PostAsync("Agent", new JsonArray(update), cancellationToken).ConfigureAwait(false);
        return Single(reply, EntityReaders.Agent, "POST /api/Agent");
    }

    private static JsonArray Teams(IReadOnlyList<int> teamIds) =>
        new([.. teamIds.Select(id => (JsonNode)new JsonObject { ["team_id"] = id })]);

    /// <summary>A one-element POST is answered with the object, or a one-element array.</summary>
    private static HaloResult<T> Single<T>(Http.HaloReply reply, Func<JsonObject, T?> read, string name)
        where T : class
    {
        var json = reply.Json is JsonArray { Count: 1 } array ? array[0] : reply.Json;
        return reply.Ok && json is JsonObject obj && read(obj) is { } value
            ? HaloResult<T>.Of(value)
            : HaloResult<T>.Failed(Unreadable(name, reply));
    }
}
