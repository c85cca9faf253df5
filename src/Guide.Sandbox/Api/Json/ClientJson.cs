using System.Text.Json.Nodes;
using Guide.Sandbox.Data;

namespace Guide.Sandbox.Api.Json;

/// <summary>A customer as Halo's schema <c>Area</c> names its fields.</summary>
internal static class ClientJson
{
    public static JsonObject Write(HaloJson json, SandboxClient client) => new()
    {
        ["id"] = json.Id(client.Id),
        ["name"] = client.Name,
        ["inactive"] = client.Inactive,
    };
}
