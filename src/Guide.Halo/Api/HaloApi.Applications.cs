using System.Text.Json.Nodes;
using Guide.Halo.Json;

namespace Guide.Halo.Api;

internal sealed partial class HaloApi
{
    /// <summary>Applications with this display name (the list endpoint takes no filter).</summary>
    public async Task<HaloResult<IReadOnlyList<HaloApplication>>> FindApplicationsAsync(string name, CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync("Application", [], cancellationToken).ConfigureAwait(false);
        var found = List(reply, "applications", EntityReaders.Application, "GET /api/Application");
        return found.Ok
            ? HaloResult<IReadOnlyList<HaloApplication>>.Of([.. found.Value!.Where(a => string.Equals(a.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))])
            : found;
    }

    public async Task<HaloResult<HaloApplication>> GetApplicationAsync(string id, CancellationToken cancellationToken)
    {
        var reply = await connection.GetAsync($"Application/{Uri.EscapeDataString(id)}", [], cancellationToken).ConfigureAwait(false);
        return reply.Ok && reply.Json is JsonObject json && EntityReaders.Application(json) is { } application
            ? HaloResult<HaloApplication>.Of(application)
            : HaloResult<HaloApplication>.Failed(Unreadable("GET /api/Application/{id}", reply));
    }

    /// <summary>
    /// Creates a client-credentials application logging in as the agent, with these scopes. The
    /// numbers Halo uses for "Agent" login and "Client ID and Secret (Services)" are not public
    /// [I], so only fields with a known meaning are sent, and the caller reads the result back.
    /// </summary>
    public async Task<HaloResult<HaloApplication>> CreateApplicationAsync(string name, int agentId, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var application = new JsonObject
        {
            ["displayName"] = name,
            ["grant_type"] = "client_credentials",
            ["allowagents"] = true,
            ["loginas_agent_id"] = agentId,
            ["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode)new JsonObject { ["name"] = s })]),
        };
        var reply = await connection.PostAsync("Application", new JsonArray(application), cancellationToken).ConfigureAwait(false);
        return Single(reply, EntityReaders.Application, "POST /api/Application");
    }

    /// <summary>Sets an existing application's login-as agent and scopes (an element with an id updates it).</summary>
    public async Task<HaloResult<HaloApplication>> UpdateApplicationAsync(string id, int agentId, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var application = new JsonObject
        {
            ["id"] = id,
            ["loginas_agent_id"] = agentId,
            ["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode)new JsonObject { ["name"] = s })]),
        };
        var reply = await connection.PostAsync("Application", new JsonArray(application), cancellationToken).ConfigureAwait(false);
        return Single(reply, EntityReaders.Application, "POST /api/Application");
    }

    public async Task<HaloResult<bool>> DeleteApplicationAsync(string id, CancellationToken cancellationToken)
    {
        var reply = await connection.DeleteAsync($"Application/{Uri.EscapeDataString(id)}", cancellationToken).ConfigureAwait(false);
        return reply.Ok ? HaloResult<bool>.Of(true) : HaloResult<bool>.Failed(reply.Problem!);
    }
}
