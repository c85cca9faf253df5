using System.Text.Json.Nodes;
using Guide.Sandbox.Data;

namespace Guide.Sandbox.Api.Json;

/// <summary>
/// An application as Halo's schema <c>NHD_Identity_Application</c> names its fields: camelCase
/// <c>displayName</c>, <c>clientId</c>, <c>clientSecret</c> beside snake_case <c>loginas_agent_id</c>.
/// </summary>
internal static class ApplicationJson
{
    /// <param name="secret">Only in the answer that created the application [I]; null on every read.</param>
    public static JsonObject Write(HaloJson json, SandboxStore store, SandboxApplication application, string? secret)
    {
        var agent = application.LoginAsAgentId is int id ? store.FindAgent(id) : null;
        var result = new JsonObject
        {
            ["id"] = application.Id,
            ["displayName"] = application.DisplayName,
            ["clientId"] = application.ClientId,
            ["grant_type"] = "client_credentials",
            ["loginas_agent_id"] = json.Id(application.LoginAsAgentId),
            ["loginas_agent_name"] = agent?.Name,
            ["allowagents"] = true,
            ["inactive"] = application.Inactive,
            ["scopes"] = HaloJson.Array(application.Scopes.Select((name, index) => new JsonObject
            {
                // Scope rows have integer ids in Halo; their position is as good an id as any here.
                ["id"] = json.Id(index + 1),
                ["application_id"] = application.Id,
                ["name"] = name,
            })),
        };
        if (secret is not null)
            result["clientSecret"] = secret;
        return result;
    }
}
